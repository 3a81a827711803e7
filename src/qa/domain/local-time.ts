import { DateTime } from 'luxon';

export { type Instant, inZone, localDateOf } from '../../common/time/local-date.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function parsedLocalDate(date: string, tz: string): DateTime | null {
  const dt = DATE.test(date) ? DateTime.fromISO(date, { zone: tz }) : null;
  return dt && dt.isValid && dt.toISODate() === date ? dt : null;
}

/** Whether `date` is a real local date YYYY-MM-DD (a check for input, not a throw). */
export function isLocalDate(date: string, tz: string): boolean {
  return parsedLocalDate(date, tz) !== null;
}

/** Midnight starting a local date in `tz`; rejects anything that is not a real date. */
export function startOfLocalDate(date: string, tz: string): DateTime {
  const dt = parsedLocalDate(date, tz);
  if (!dt) throw new RangeError(`Not a valid date (YYYY-MM-DD): ${date}`);
  return dt;
}

export function utcIso(dt: DateTime): string {
  return dt.toUTC().toISO() as string;
}
