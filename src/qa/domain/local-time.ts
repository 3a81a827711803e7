import { DateTime } from 'luxon';

import { type Instant, toMillis } from '../../common/time/local-date.js';

export { type Instant, localDateOf } from '../../common/time/local-date.js';

export function inZone(instant: Instant, tz: string): DateTime {
  const dt = DateTime.fromMillis(toMillis(instant), { zone: tz });
  if (!dt.isValid) throw new RangeError(`Unknown time zone: ${tz}`);
  return dt;
}

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
