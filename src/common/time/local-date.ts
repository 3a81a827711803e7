import { DateTime } from 'luxon';

/** Instants arrive as ISO strings, epoch ms or Dates; local dates are `YYYY-MM-DD`. */
export type Instant = string | number | Date;

const QUARTER_HOUR = 15 * 60_000;
const MAX_CACHED_PER_ZONE = 20_000;
const cache = new Map<string, Map<number, string>>();

export function toMillis(instant: Instant): number {
  const ms =
    typeof instant === 'number'
      ? instant
      : instant instanceof Date
        ? instant.getTime()
        : Date.parse(instant);
  if (!Number.isFinite(ms)) throw new RangeError(`Not a valid instant: ${String(instant)}`);
  return ms;
}

/** The instant as a luxon DateTime in `tz`; an unknown zone is a RangeError. */
export function inZone(instant: Instant, tz: string): DateTime {
  const dt = DateTime.fromMillis(toMillis(instant), { zone: tz });
  if (!dt.isValid) throw new RangeError(`Unknown time zone: ${tz}`);
  return dt;
}

/**
 * The local date of an instant in `tz`. Time-zone arithmetic costs tens of
 * microseconds, and a bulk import asks for every call, so the answer is kept
 * per UTC quarter hour: when the zone's offset is the same at both ends of
 * the quarter hour and so is the date, every instant inside shares that date.
 */
export function localDateOf(instant: Instant, tz: string): string {
  const ms = toMillis(instant);
  const bucket = Math.floor(ms / QUARTER_HOUR);
  let dates = cache.get(tz);
  const known = dates?.get(bucket);
  if (known !== undefined) return known;
  const start = DateTime.fromMillis(bucket * QUARTER_HOUR, { zone: tz });
  if (!start.isValid) throw new RangeError(`Unknown time zone: ${tz}`);
  const end = DateTime.fromMillis((bucket + 1) * QUARTER_HOUR - 1, { zone: tz });
  const date = start.toISODate() as string;
  if (start.offset !== end.offset || end.toISODate() !== date)
    return DateTime.fromMillis(ms, { zone: tz }).toISODate() as string;
  if (!dates) cache.set(tz, (dates = new Map()));
  if (dates.size >= MAX_CACHED_PER_ZONE) dates.clear();
  dates.set(bucket, date);
  return date;
}
