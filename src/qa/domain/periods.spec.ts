import {
  isPeriodOver,
  missedPeriods,
  parsePeriod,
  PeriodError,
  periodOf,
  previousDailyPeriod,
  periodsEndingIn,
  previousPeriod,
  previousWeeklyPeriod,
} from './periods.js';

const TZ = 'Asia/Shanghai';

describe('parsePeriod', () => {
  it('a daily period is the local day as UTC instants', () => {
    expect(parsePeriod('day', '2026-11-20', TZ)).toEqual({
      kind: 'day',
      period: '2026-11-20',
      startUtc: '2026-11-19T16:00:00.000Z',
      endUtc: '2026-11-20T16:00:00.000Z',
    });
  });

  it('a weekly period is the ISO week, Monday to Monday local', () => {
    expect(parsePeriod('week', '2026-W47', TZ)).toEqual({
      kind: 'week',
      period: '2026-W47',
      startUtc: '2026-11-15T16:00:00.000Z',
      endUtc: '2026-11-22T16:00:00.000Z',
    });
  });

  it('ISO week 53 exists in 2026 and spans the new year; not in 2025', () => {
    const w53 = parsePeriod('week', '2026-W53', TZ);
    expect(w53.startUtc).toBe('2026-12-27T16:00:00.000Z');
    expect(w53.endUtc).toBe('2027-01-03T16:00:00.000Z');
    expect(() => parsePeriod('week', '2025-W53', TZ)).toThrow(PeriodError);
  });

  it('week 1 may start in the previous calendar year', () => {
    expect(parsePeriod('week', '2026-W01', TZ).startUtc).toBe('2025-12-28T16:00:00.000Z');
  });

  it.each([
    ['day', '2026-02-30'],
    ['day', '2026-13-01'],
    ['day', '2026-1-5'],
    ['day', '20261120'],
    ['day', '2026-11-20T00:00'],
    ['day', ''],
    ['week', '2026-W00'],
    ['week', '2026-W54'],
    ['week', '2026-W7'],
    ['week', '2026W47'],
    ['week', '2026-11-20'],
  ] as const)('rejects %s "%s"', (kind, period) => {
    expect(() => parsePeriod(kind, period, TZ)).toThrow(PeriodError);
  });

  it('rejects an unknown period kind', () => {
    expect(() => parsePeriod('fortnight' as never, '2026-11', TZ)).toThrow(PeriodError);
  });
});

describe('periodOf: the local-midnight boundary', () => {
  it('a call at 00:10 local on 2026-11-20 (16:10Z on the 19th) belongs to 2026-11-20', () => {
    expect(periodOf('day', '2026-11-19T16:10:00Z', TZ).period).toBe('2026-11-20');
    expect(periodOf('day', '2026-11-19T15:59:59.999Z', TZ).period).toBe('2026-11-19');
  });

  it('Sunday 23:59 local is still the old ISO week; Monday 00:00 local starts the next', () => {
    expect(periodOf('week', '2026-11-22T15:59:00Z', TZ).period).toBe('2026-W47');
    expect(periodOf('week', '2026-11-22T16:00:00Z', TZ).period).toBe('2026-W48');
  });

  it('round-trips: the period of its own start is itself', () => {
    const p = parsePeriod('week', '2026-W53', TZ);
    expect(periodOf('week', p.startUtc, TZ)).toEqual(p);
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
    expect(missedPeriods('day', '2026-11-16', now, TZ).map((p) => p.period)).toEqual([
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
    ]);
    expect(missedPeriods('week', '2026-W44', now, TZ).map((p) => p.period)).toEqual([
      '2026-W45',
      '2026-W46',
    ]);
  });

  it('nothing missed when up to date; only the previous period when nothing was drawn', () => {
    expect(missedPeriods('day', '2026-11-19', now, TZ)).toEqual([]);
    expect(missedPeriods('day', '2026-11-20', now, TZ)).toEqual([]);
    expect(missedPeriods('week', null, now, TZ).map((p) => p.period)).toEqual(['2026-W46']);
  });

  it('crosses week 53 and the year end; a limit caps a long outage', () => {
    expect(
      missedPeriods('week', '2026-W52', '2027-01-12T02:00:00Z', TZ).map((p) => p.period),
    ).toEqual(['2026-W53', '2027-W01']);
    expect(missedPeriods('day', '2020-01-01', now, TZ, 5)).toHaveLength(5);
  });

  it('a period is over only at its local end', () => {
    const day = parsePeriod('day', '2026-11-20', TZ);
    expect(isPeriodOver(day, '2026-11-20T15:59:59Z')).toBe(false);
    expect(isPeriodOver(day, '2026-11-20T16:00:00Z')).toBe(true);
  });
});

describe('period years', () => {
  it('refuses week 0000-W01 and day 0000-01-03 (their instants broke the report queries)', () => {
    expect(() => parsePeriod('week', '0000-W01', 'Asia/Shanghai')).toThrow(PeriodError);
    expect(() => parsePeriod('day', '0000-01-03', 'Asia/Shanghai')).toThrow(PeriodError);
    expect(parsePeriod('week', '1970-W01', 'Asia/Shanghai').startUtc).toBe(
      '1969-12-28T16:00:00.000Z',
    );
  });
});

describe('month periods (a monthly tier, e.g. a 1% carrier audit)', () => {
  it('a month is YYYY-MM, local first day to local first day', () => {
    expect(parsePeriod('month', '2026-11', TZ)).toEqual({
      kind: 'month',
      period: '2026-11',
      startUtc: '2026-10-31T16:00:00.000Z',
      endUtc: '2026-11-30T16:00:00.000Z',
    });
    for (const bad of ['2026-13', '2026-00', '2026-1', '2026-11-01', '2026-W47'])
      expect(() => parsePeriod('month', bad, TZ)).toThrow(PeriodError);
  });

  it('the previous month, and months missed across the year end', () => {
    expect(previousPeriod('month', '2026-12-01T01:00:00Z', TZ).period).toBe('2026-11');
    expect(
      missedPeriods('month', '2026-10', '2027-01-05T00:00:00Z', TZ).map((p) => p.period),
    ).toEqual(['2026-11', '2026-12']);
  });

  it('periodsEndingIn: the days of a week, the week itself, a month ending in it', () => {
    const week = parsePeriod('week', '2026-W49', TZ); // Mon 30 Nov – Sun 6 Dec
    expect(periodsEndingIn('day', week.startUtc, week.endUtc, TZ)).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    expect(periodsEndingIn('week', week.startUtc, week.endUtc, TZ)).toEqual(['2026-W49']);
    // November's last day, Monday 30th, is in W49: its report counts the month, W48's not.
    expect(periodsEndingIn('month', week.startUtc, week.endUtc, TZ)).toEqual(['2026-11']);
    const before = parsePeriod('week', '2026-W48', TZ);
    expect(periodsEndingIn('month', before.startUtc, before.endUtc, TZ)).toEqual([]);
  });
});
