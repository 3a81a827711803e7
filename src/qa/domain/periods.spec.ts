import {
  isPeriodOver,
  missedPeriods,
  parsePeriod,
  PeriodError,
  periodOf,
  previousDailyPeriod,
  previousWeeklyPeriod,
} from './periods.js';

const TZ = 'Asia/Shanghai';

describe('parsePeriod', () => {
  it('a daily period is the local day as UTC instants', () => {
    expect(parsePeriod('daily', '2026-11-20', TZ)).toEqual({
      tier: 'daily',
      period: '2026-11-20',
      startUtc: '2026-11-19T16:00:00.000Z',
      endUtc: '2026-11-20T16:00:00.000Z',
    });
  });

  it('a weekly period is the ISO week, Monday to Monday local', () => {
    expect(parsePeriod('weekly', '2026-W47', TZ)).toEqual({
      tier: 'weekly',
      period: '2026-W47',
      startUtc: '2026-11-15T16:00:00.000Z',
      endUtc: '2026-11-22T16:00:00.000Z',
    });
  });

  it('ISO week 53 exists in 2026 and spans the new year; not in 2025', () => {
    const w53 = parsePeriod('weekly', '2026-W53', TZ);
    expect(w53.startUtc).toBe('2026-12-27T16:00:00.000Z');
    expect(w53.endUtc).toBe('2027-01-03T16:00:00.000Z');
    expect(() => parsePeriod('weekly', '2025-W53', TZ)).toThrow(PeriodError);
  });

  it('week 1 may start in the previous calendar year', () => {
    expect(parsePeriod('weekly', '2026-W01', TZ).startUtc).toBe('2025-12-28T16:00:00.000Z');
  });

  it.each([
    ['daily', '2026-02-30'],
    ['daily', '2026-13-01'],
    ['daily', '2026-1-5'],
    ['daily', '20261120'],
    ['daily', '2026-11-20T00:00'],
    ['daily', ''],
    ['weekly', '2026-W00'],
    ['weekly', '2026-W54'],
    ['weekly', '2026-W7'],
    ['weekly', '2026W47'],
    ['weekly', '2026-11-20'],
  ] as const)('rejects %s "%s"', (tier, period) => {
    expect(() => parsePeriod(tier, period, TZ)).toThrow(PeriodError);
  });

  it('rejects an unknown tier', () => {
    expect(() => parsePeriod('monthly' as never, '2026-11', TZ)).toThrow(PeriodError);
  });
});

describe('periodOf: the local-midnight boundary', () => {
  it('a call at 00:10 local on 2026-11-20 (16:10Z on the 19th) belongs to 2026-11-20', () => {
    expect(periodOf('daily', '2026-11-19T16:10:00Z', TZ).period).toBe('2026-11-20');
    expect(periodOf('daily', '2026-11-19T15:59:59.999Z', TZ).period).toBe('2026-11-19');
  });

  it('Sunday 23:59 local is still the old ISO week; Monday 00:00 local starts the next', () => {
    expect(periodOf('weekly', '2026-11-22T15:59:00Z', TZ).period).toBe('2026-W47');
    expect(periodOf('weekly', '2026-11-22T16:00:00Z', TZ).period).toBe('2026-W48');
  });

  it('round-trips: the period of its own start is itself', () => {
    const p = parsePeriod('weekly', '2026-W53', TZ);
    expect(periodOf('weekly', p.startUtc, TZ)).toEqual(p);
  });
});

describe('previous and missed periods', () => {
  const now = '2026-11-20T01:00:00Z'; // 09:00 local, Friday of 2026-W47

  it('previous day and previous ISO week in local time', () => {
    expect(previousDailyPeriod(now, TZ).period).toBe('2026-11-19');
    expect(previousDailyPeriod('2026-11-19T16:30:00Z', TZ).period).toBe('2026-11-19');
    expect(previousWeeklyPeriod(now, TZ).period).toBe('2026-W46');
    expect(previousWeeklyPeriod('2027-01-01T02:00:00Z', TZ).period).toBe('2026-W52');
  });

  it('lists the periods missed since the last draw, oldest first', () => {
    expect(missedPeriods('daily', '2026-11-16', now, TZ).map((p) => p.period)).toEqual([
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
    ]);
    expect(missedPeriods('weekly', '2026-W44', now, TZ).map((p) => p.period)).toEqual([
      '2026-W45',
      '2026-W46',
    ]);
  });

  it('nothing missed when up to date; only the previous period when nothing was drawn', () => {
    expect(missedPeriods('daily', '2026-11-19', now, TZ)).toEqual([]);
    expect(missedPeriods('daily', '2026-11-20', now, TZ)).toEqual([]);
    expect(missedPeriods('weekly', null, now, TZ).map((p) => p.period)).toEqual(['2026-W46']);
  });

  it('crosses week 53 and the year end; a limit caps a long outage', () => {
    expect(
      missedPeriods('weekly', '2026-W52', '2027-01-12T02:00:00Z', TZ).map((p) => p.period),
    ).toEqual(['2026-W53', '2027-W01']);
    expect(missedPeriods('daily', '2020-01-01', now, TZ, 5)).toHaveLength(5);
  });

  it('a period is over only at its local end', () => {
    const day = parsePeriod('daily', '2026-11-20', TZ);
    expect(isPeriodOver(day, '2026-11-20T15:59:59Z')).toBe(false);
    expect(isPeriodOver(day, '2026-11-20T16:00:00Z')).toBe(true);
  });
});

describe('period years', () => {
  it('refuses week 0000-W01 and day 0000-01-03 (their instants broke the report queries)', () => {
    expect(() => parsePeriod('weekly', '0000-W01', 'Asia/Shanghai')).toThrow(PeriodError);
    expect(() => parsePeriod('daily', '0000-01-03', 'Asia/Shanghai')).toThrow(PeriodError);
    expect(parsePeriod('weekly', '1970-W01', 'Asia/Shanghai').startUtc).toBe(
      '1969-12-28T16:00:00.000Z',
    );
  });
});
