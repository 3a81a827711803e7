import { DateTime } from 'luxon';

// Instants cross the domain boundary as ISO-8601 strings (what the HTTP contract
// returns and what a JSON column stores), but callers may hand in a Date or epoch
// milliseconds. Local dates are `YYYY-MM-DD` strings in the centre's time zone.
export { type Instant, inZone, localDateOf, toMillis } from '../../common/time/local-date.js';

/** ISO string with the zone's offset, e.g. 2026-12-12T09:00:00.000+08:00. */
export function toIso(dt: DateTime): string {
  return dt.toISO({ suppressMilliseconds: false }) as string;
}

/** Start of a local date in `tz`; rejects anything that is not a real `YYYY-MM-DD`. */
export function startOfLocalDate(date: string, tz: string): DateTime {
  const dt = /^\d{4}-\d{2}-\d{2}$/.test(date) ? DateTime.fromISO(date, { zone: tz }) : null;
  if (!dt || !dt.isValid || dt.toISODate() !== date) {
    throw new RangeError(`Not a valid local date: ${date}`);
  }
  return dt;
}

/** Calendar arithmetic on local dates (not 24h steps), so it is immune to DST. */
export function addLocalDays(date: string, days: number): string {
  return startOfLocalDate(date, 'UTC').plus({ days }).toISODate() as string;
}

export function localDaysBetween(from: string, to: string): number {
  return Math.round(startOfLocalDate(to, 'UTC').diff(startOfLocalDate(from, 'UTC'), 'days').days);
}
