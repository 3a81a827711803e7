import { chargeGateAt, computeTrialDates, extendedTrialEnd } from './trial-dates.js';

const TZ = 'Asia/Shanghai';

describe('computeTrialDates', () => {
  it('matches the worked example: a sale on 2026-11-20 with 30 days ends 2026-12-19', () => {
    expect(computeTrialDates('2026-11-20T09:15:00+08:00', 30, TZ)).toEqual({
      trialStart: '2026-11-20',
      trialEnd: '2026-12-19',
    });
  });

  it('uses the local date of the sale, not the UTC date', () => {
    // 00:10 Beijing on the 20th is still the 19th in UTC.
    expect(computeTrialDates('2026-11-19T16:10:00Z', 7, TZ).trialStart).toBe('2026-11-20');
    expect(computeTrialDates('2026-11-19T15:59:59Z', 7, TZ).trialStart).toBe('2026-11-19');
    expect(computeTrialDates(new Date('2026-11-19T16:10:00Z'), 7, TZ).trialEnd).toBe('2026-11-26');
  });

  it('a 1-day trial ends on the sale day; month, year and leap-day ends roll over', () => {
    expect(computeTrialDates('2026-11-20T10:00:00+08:00', 1, TZ).trialEnd).toBe('2026-11-20');
    expect(computeTrialDates('2026-12-20T10:00:00+08:00', 14, TZ).trialEnd).toBe('2027-01-02');
    expect(computeTrialDates('2028-02-20T10:00:00+08:00', 10, TZ).trialEnd).toBe('2028-02-29');
  });

  it.each([0, -1, 1.5, NaN])('rejects trialDays %s', (days) => {
    expect(() => computeTrialDates('2026-11-20T10:00:00+08:00', days, TZ)).toThrow(RangeError);
  });

  it('rejects an unparseable instant', () => {
    expect(() => computeTrialDates('yesterday', 30, TZ)).toThrow(RangeError);
  });
});

describe('extendedTrialEnd', () => {
  it('adds one whole trial period after the last day', () => {
    expect(extendedTrialEnd('2026-12-19', 30)).toBe('2027-01-18');
    expect(extendedTrialEnd('2026-11-22', 3)).toBe('2026-11-25');
  });
});

describe('chargeGateAt', () => {
  it('is local midnight at the end of the last trial day', () => {
    const gate = chargeGateAt('2026-12-19', TZ);
    expect(gate).toBe('2026-12-20T00:00:00.000+08:00');
    expect(new Date(gate).toISOString()).toBe('2026-12-19T16:00:00.000Z');
  });

  it('rejects a date that does not exist', () => {
    expect(() => chargeGateAt('2026-02-30', TZ)).toThrow(RangeError);
    expect(() => chargeGateAt('2026-2-3', TZ)).toThrow(RangeError);
  });
});
