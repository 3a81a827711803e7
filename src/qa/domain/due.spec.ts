import { isOverdue, reviewDueAt } from './due.js';

const TZ = 'Asia/Shanghai';

describe('review due time', () => {
  it('is the end of the second business day after the draw, local time', () => {
    // Monday 2026-11-23 01:00 local → end of Wednesday 11-25 local.
    expect(reviewDueAt(new Date('2026-11-22T17:00:00Z'), 2, TZ).toISOString()).toBe(
      '2026-11-25T16:00:00.000Z',
    );
  });

  it('skips the weekend', () => {
    // Saturday 2026-11-21 10:00 local → Monday, Tuesday → end of Tuesday 11-24.
    expect(reviewDueAt(new Date('2026-11-21T02:00:00Z'), 2, TZ).toISOString()).toBe(
      '2026-11-24T16:00:00.000Z',
    );
  });

  it('uses the local date, not the UTC one', () => {
    // 00:30 local on Friday 11-20 is still Thursday in UTC.
    expect(reviewDueAt(new Date('2026-11-19T16:30:00Z'), 2, TZ).toISOString()).toBe(
      '2026-11-24T16:00:00.000Z',
    );
  });

  it('is overdue when open past due or reviewed late', () => {
    const dueAt = new Date('2026-11-25T16:00:00Z');
    expect(isOverdue({ dueAt, reviewedAt: null }, new Date('2026-11-25T15:59:59Z'))).toBe(false);
    expect(isOverdue({ dueAt, reviewedAt: null }, new Date('2026-11-25T16:00:00Z'))).toBe(true);
    const late = new Date('2026-11-26T01:00:00Z');
    expect(isOverdue({ dueAt, reviewedAt: late }, new Date('2026-11-20T00:00:00Z'))).toBe(true);
    const onTime = new Date('2026-11-24T01:00:00Z');
    expect(isOverdue({ dueAt, reviewedAt: onTime }, new Date('2026-12-30T00:00:00Z'))).toBe(false);
  });
});
