import { DateTime } from 'luxon';

export { type Instant, inZone, localDateOf } from '../../common/time/local-date.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Midnight starting a local date in `tz`; rejects anything that is not a real date. */
export function startOfLocalDate(date: string, tz: string): DateTime {
  const dt = DATE.test(date) ? DateTime.fromISO(date, { zone: tz }) : null;
  if (!dt || !dt.isValid || dt.toISODate() !== date) {
    throw new RangeError(`Not a valid date (YYYY-MM-DD): ${date}`);
  }
  return dt;
}

export function utcIso(dt: DateTime): string {
  return dt.toUTC().toISO() as string;
}
