import { DateTime } from 'luxon';

/** Instants arrive as ISO strings, epoch ms or Dates; dates are local `YYYY-MM-DD`. */
export type Instant = string | number | Date;

export function inZone(instant: Instant, tz: string): DateTime {
  const ms =
    typeof instant === 'number'
      ? instant
      : instant instanceof Date
        ? instant.getTime()
        : Date.parse(instant);
  const dt = DateTime.fromMillis(ms, { zone: tz });
  if (!Number.isFinite(ms) || !dt.isValid) {
    throw new RangeError(`Not a valid instant or zone: ${String(instant)} in ${tz}`);
  }
  return dt;
}

export function localDateOf(instant: Instant, tz: string): string {
  return inZone(instant, tz).toISODate() as string;
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
