import { dueTimes, overdueKinds } from './complaint-deadlines.js';
import { escalationReason, repeatWindow } from './escalation.js';
import { mentionsOptOut } from './opt-out.js';

const DAY = 86_400_000;
const at = (iso: string) => new Date(iso);

describe('complaint deadlines', () => {
  const received = at('2026-11-20T02:00:00.000Z');
  const due = dueTimes(received, { firstContactHours: 24, resolutionHours: 72 });
  const open = { closedAt: null, firstContactedAt: null, resolvedAt: null, ...due };

  it('counts from receipt', () => {
    expect(due.firstContactDueAt.toISOString()).toBe('2026-11-21T02:00:00.000Z');
    expect(due.resolutionDueAt.toISOString()).toBe('2026-11-23T02:00:00.000Z');
  });

  it('names which limit has passed', () => {
    expect(overdueKinds(open, at('2026-11-21T02:00:00.000Z'))).toEqual([]);
    expect(overdueKinds(open, at('2026-11-21T02:00:01.000Z'))).toEqual(['first_contact']);
    expect(overdueKinds(open, at('2026-11-24T00:00:00.000Z'))).toEqual([
      'first_contact',
      'resolution',
    ]);
    const contacted = { ...open, firstContactedAt: at('2026-11-20T05:00:00.000Z') };
    expect(overdueKinds(contacted, at('2026-11-24T00:00:00.000Z'))).toEqual(['resolution']);
  });

  it('never calls a resolved or closed complaint overdue for what it has done', () => {
    const late = at('2026-12-30T00:00:00.000Z');
    expect(overdueKinds({ ...open, firstContactedAt: late, resolvedAt: late }, late)).toEqual([]);
    expect(overdueKinds({ ...open, closedAt: late }, late)).toEqual([]);
  });
});

describe('escalation', () => {
  const receivedAt = at('2026-11-20T02:00:00.000Z');
  const earlier = (days: number, id = 7) => ({
    id,
    receivedAt: new Date(receivedAt.getTime() - days * DAY),
  });

  it('escalates a serious complaint', () => {
    expect(escalationReason({ severity: 'serious', receivedAt, others: [] })).toBe(
      'serious complaint',
    );
  });

  it('escalates a repeat within 30 days, either side, naming the earlier complaint', () => {
    expect(escalationReason({ severity: 'minor', receivedAt, others: [earlier(30)] })).toContain(
      'complaint #7',
    );
    expect(escalationReason({ severity: 'minor', receivedAt, others: [earlier(-5)] })).toContain(
      'repeat complaint',
    );
    const both = escalationReason({ severity: 'serious', receivedAt, others: [earlier(3)] });
    expect(both).toMatch(/^serious complaint; repeat complaint/);
  });

  it('does not escalate a minor complaint with no repeat within 30 days', () => {
    expect(escalationReason({ severity: 'minor', receivedAt, others: [earlier(31)] })).toBeNull();
    expect(escalationReason({ severity: 'minor', receivedAt, others: [] })).toBeNull();
  });

  it('bounds the search window to 30 days each side', () => {
    const w = repeatWindow(receivedAt);
    expect(receivedAt.getTime() - w.from.getTime()).toBe(30 * DAY);
    expect(w.to.getTime() - receivedAt.getTime()).toBe(30 * DAY);
  });
});

describe('opt-out wording', () => {
  it.each([
    '你们烦不烦，不要再给我打电话了！',
    '客户说：别 再 打 了',
    '以后别打这个号码',
    '本人拒绝来电',
    '不要再打了，再打投诉到工信部',
  ])('recognises %s', (text) => {
    expect(mentionsOptOut(text)).toBe(true);
  });

  it.each(['客户对资费有疑问', '扣费不明，要求退款', ''])('ignores %j', (text) => {
    expect(mentionsOptOut(text)).toBe(false);
  });

  it('reads every text given', () => {
    expect(mentionsOptOut(null, undefined, '拒绝来电')).toBe(true);
  });
});
