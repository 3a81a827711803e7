import {
  isWeekOver,
  missedWeeks,
  previousWeek,
  reportWeek,
  WeekError,
  weekOfLocalDate,
  weeksEndingAt,
} from './week.js';

const TZ = 'Asia/Shanghai';

describe('reportWeek', () => {
  it('gives the local Monday–Sunday dates and the UTC instants of the same seven days', () => {
    expect(reportWeek('2026-W47', TZ)).toEqual({
      week: '2026-W47',
      from: '2026-11-16',
      to: '2026-11-22',
      startUtc: '2026-11-15T16:00:00.000Z',
      endUtc: '2026-11-22T16:00:00.000Z',
    });
  });

  it('follows ISO week-years across the new year (2026-W01 starts in 2025, 2026-W53 exists)', () => {
    expect(reportWeek('2026-W01', TZ)).toMatchObject({ from: '2025-12-29', to: '2026-01-04' });
    expect(reportWeek('2026-W53', TZ)).toMatchObject({ from: '2026-12-28', to: '2027-01-03' });
  });

  it('uses the centre zone: the same week in UTC starts 8 hours later', () => {
    expect(reportWeek('2026-W47', 'UTC').startUtc).toBe('2026-11-16T00:00:00.000Z');
  });

  it.each([
    '',
    '2026-47',
    '2026-W00',
    '2025-W53',
    '2026-W54',
    '2026-w47',
    '2026-W7',
    'W47',
    '2026-11-16',
  ])('rejects %p with an error naming week', (bad) => {
    expect(() => reportWeek(bad, TZ)).toThrow(WeekError);
    expect(() => reportWeek(bad, TZ)).toThrow(/^week must be an ISO week/);
  });
});

describe('week helpers', () => {
  it('maps local dates to ISO weeks, Monday and Sunday included', () => {
    expect(weekOfLocalDate('2026-11-16')).toBe('2026-W47');
    expect(weekOfLocalDate('2026-11-22')).toBe('2026-W47');
    expect(weekOfLocalDate('2026-11-23')).toBe('2026-W48');
    expect(weekOfLocalDate('2027-01-01')).toBe('2026-W53');
  });

  it('lists the 8 weeks ending at a week, oldest first, across a year end', () => {
    const weeks = weeksEndingAt('2027-W02', 8, TZ).map((w) => w.week);
    expect(weeks).toEqual([
      '2026-W48',
      '2026-W49',
      '2026-W50',
      '2026-W51',
      '2026-W52',
      '2026-W53',
      '2027-W01',
      '2027-W02',
    ]);
  });

  it('finds the previous complete week from a Monday 03:00 local tick', () => {
    expect(previousWeek(new Date('2026-11-22T19:00:00Z'), TZ)).toBe('2026-W47');
    // Sunday 23:59 local: the week is still W47, so the previous one is W46.
    expect(previousWeek(new Date('2026-11-22T15:59:00Z'), TZ)).toBe('2026-W46');
  });

  it('knows when a week is over', () => {
    const w = reportWeek('2026-W47', TZ);
    expect(isWeekOver(w, new Date('2026-11-22T15:59:59Z'))).toBe(false);
    expect(isWeekOver(w, new Date('2026-11-22T16:00:00Z'))).toBe(true);
  });

  it('lists missed weeks after the last snapshot, or only the previous week on a new install', () => {
    const monday = new Date('2026-11-22T19:00:00Z');
    expect(missedWeeks(null, monday, TZ)).toEqual(['2026-W47']);
    expect(missedWeeks('2026-W44', monday, TZ)).toEqual(['2026-W45', '2026-W46', '2026-W47']);
    expect(missedWeeks('2026-W47', monday, TZ)).toEqual([]);
  });
});
