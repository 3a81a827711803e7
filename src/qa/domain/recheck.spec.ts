import {
  DEFAULT_RECHECK_POLICY,
  isUnderRecheck,
  recordFailedReview,
  recordPassedReview,
  type RecheckEntry,
  settleRecheck,
} from './recheck.js';

const TZ = 'Asia/Shanghai';
const P = DEFAULT_RECHECK_POLICY;
const MONDAY = '2026-11-16T03:00:00Z'; // 11:00 local

const fail = (entry: RecheckEntry | undefined, at: string, reason = 'consent failed') =>
  recordFailedReview(entry, { agentCode: 'A007', reason, at }, P, TZ);
const passes = (entry: RecheckEntry, times: number, from = Date.parse(MONDAY) + 3_600_000) =>
  Array.from({ length: times }).reduce<RecheckEntry>(
    (e, _, i) => recordPassedReview(e, { at: new Date(from + i * 3_600_000).toISOString() }, P),
    entry,
  );

describe('re-check list', () => {
  it('a failed review puts the agent on the list for N = 10 business days after the failure day', () => {
    expect(fail(undefined, MONDAY)).toEqual({
      agentCode: 'A007',
      reason: 'consent failed',
      since: '2026-11-16T03:00:00.000Z',
      lastFailureAt: '2026-11-16T03:00:00.000Z',
      consecutivePasses: 0,
      until: '2026-11-30T16:00:00.000Z', // end of Monday 11-30, local
    });
  });

  it('every sale while on the list is a re-check; before or after, it is not', () => {
    const entry = fail(undefined, MONDAY);
    expect(isUnderRecheck(entry, '2026-11-16T02:59:59Z')).toBe(false);
    expect(isUnderRecheck(entry, MONDAY)).toBe(true);
    expect(isUnderRecheck(entry, '2026-11-30T15:59:59Z')).toBe(true);
    expect(isUnderRecheck(entry, '2026-11-30T16:00:00Z')).toBe(false);
    expect(isUnderRecheck(undefined, MONDAY)).toBe(false);
  });

  it('M = 5 consecutive passes release the agent at the fifth', () => {
    const four = passes(fail(undefined, MONDAY), 4);
    expect(four.consecutivePasses).toBe(4);
    expect(four.releasedAt).toBeUndefined();
    const five = passes(four, 1, Date.parse('2026-11-17T03:00:00Z'));
    expect(five).toMatchObject({ releasedAt: '2026-11-17T03:00:00.000Z', releaseReason: 'passes' });
    expect(isUnderRecheck(five, '2026-11-17T03:00:00Z')).toBe(false);
    expect(isUnderRecheck(five, '2026-11-17T02:59:00Z')).toBe(true);
  });

  it('a new failure while on the list resets the pass counter and the business-day clock', () => {
    const three = passes(fail(undefined, MONDAY), 3);
    const again = fail(three, '2026-11-20T03:00:00Z', 'identity failed'); // Friday
    expect(again).toMatchObject({
      since: '2026-11-16T03:00:00.000Z',
      consecutivePasses: 0,
      reason: 'identity failed',
      until: '2026-12-04T16:00:00.000Z', // 10 business days after Friday 11-20
    });
  });

  it('a failure after release starts a new stint', () => {
    const released = passes(fail(undefined, MONDAY), 5);
    const next = fail(released, '2026-12-01T03:00:00Z');
    expect(next.since).toBe('2026-12-01T03:00:00.000Z');
    expect(next.releasedAt).toBeUndefined();
  });

  it('passes after release or of calls made before the last failure do not count', () => {
    const entry = fail(undefined, MONDAY);
    const old = recordPassedReview(
      entry,
      { at: '2026-11-17T03:00:00Z', callStartedAt: '2026-11-15T03:00:00Z' },
      P,
    );
    expect(old).toBe(entry);
    const released = passes(entry, 5);
    expect(recordPassedReview(released, { at: '2026-11-25T03:00:00Z' }, P)).toBe(released);
  });

  it('settleRecheck releases by business days once the window has run out', () => {
    const entry = fail(undefined, MONDAY);
    expect(settleRecheck(entry, '2026-11-30T15:59:59Z')).toBe(entry);
    expect(settleRecheck(entry, '2026-12-01T00:00:00Z')).toMatchObject({
      releasedAt: '2026-11-30T16:00:00.000Z',
      releaseReason: 'business_days',
    });
  });

  it('counts business days from the local failure date (00:10 local is the next day)', () => {
    // 16:10Z on Sunday 11-22 is 00:10 Monday 11-23 local: ten business days end Monday 12-07
    // (counting from the UTC date, Sunday, would end Friday 12-04).
    expect(fail(undefined, '2026-11-22T16:10:00Z').until).toBe('2026-12-07T16:00:00.000Z');
  });

  it('honours a configured policy', () => {
    const strict = { releaseAfterPasses: 2, releaseAfterBusinessDays: 1 };
    const e = recordFailedReview(
      undefined,
      { agentCode: 'A1', reason: 'x', at: MONDAY },
      strict,
      TZ,
    );
    expect(e.until).toBe('2026-11-17T16:00:00.000Z');
    const one = recordPassedReview(e, { at: '2026-11-16T04:00:00Z' }, strict);
    expect(recordPassedReview(one, { at: '2026-11-16T05:00:00Z' }, strict).releaseReason).toBe(
      'passes',
    );
  });

  it('refuses to apply one agent’s failure to another’s entry', () => {
    const entry = fail(undefined, MONDAY);
    expect(() =>
      recordFailedReview(entry, { agentCode: 'A008', reason: 'x', at: MONDAY }, P, TZ),
    ).toThrow(RangeError);
  });
});
