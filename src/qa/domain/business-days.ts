import { startOfLocalDate } from './local-time.js';

/**
 * Business days for re-check windows: Monday to Friday. China moves working days
 * around public holidays (调休), so a calendar may list extra holidays and extra
 * working weekends; without one, plain Mon–Fri applies. Dates are local
 * `YYYY-MM-DD` in the centre's time zone; the arithmetic is on calendar dates,
 * so it is independent of the zone's offset.
 */
export interface BusinessCalendar {
  holidays?: ReadonlySet<string>;
  workingWeekends?: ReadonlySet<string>;
}

export function isBusinessDay(date: string, calendar: BusinessCalendar = {}): boolean {
  if (calendar.holidays?.has(date)) return false;
  if (calendar.workingWeekends?.has(date)) return true;
  return startOfLocalDate(date, 'UTC').weekday <= 5;
}

function nextDate(date: string): string {
  return startOfLocalDate(date, 'UTC').plus({ days: 1 }).toISODate() as string;
}

/** The date `n` business days after `date` (n = 0 gives `date` itself). */
export function addBusinessDays(date: string, n: number, calendar: BusinessCalendar = {}): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0, got ${n}`);
  let current = startOfLocalDate(date, 'UTC').toISODate() as string;
  for (let left = n; left > 0;) {
    current = nextDate(current);
    if (isBusinessDay(current, calendar)) left--;
  }
  return current;
}

/** Business days d with from < d ≤ to; 0 when `to` is not after `from`. */
export function businessDaysBetween(
  from: string,
  to: string,
  calendar: BusinessCalendar = {},
): number {
  startOfLocalDate(to, 'UTC');
  let count = 0;
  for (let current = nextDate(from); current <= to; current = nextDate(current)) {
    if (isBusinessDay(current, calendar)) count++;
  }
  return count;
}
