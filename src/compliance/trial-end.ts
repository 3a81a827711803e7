const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a YYYY-MM-DD calendar date; throws on impossible dates. */
export function epochDay(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`expected YYYY-MM-DD, got "${iso}"`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    throw new RangeError(`invalid date "${iso}"`);
  }
  return ms / DAY_MS;
}

export function isoFromEpochDay(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Last day of a trial that starts on the sale's local date and lasts
 * `trialDays` calendar days: saleDate + trialDays - 1 (2026-11-20 + 30 → 2026-12-19).
 * Calendar arithmetic on dates, so daylight-saving shifts cannot move it.
 */
export function computeTrialEnd(saleDateLocal: string, trialDays: number): string {
  if (!Number.isInteger(trialDays) || trialDays < 1) {
    throw new RangeError(`invalid trialDays ${trialDays}`);
  }
  return isoFromEpochDay(epochDay(saleDateLocal) + trialDays - 1);
}

// One formatter per zone: building Intl formatters is the expensive part.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * Every UTC offset in use is a multiple of 15 minutes, so the local date is
 * constant within a 15-minute UTC bucket; calls imported in bulk share buckets.
 */
const BUCKET_MS = 15 * 60_000;
const BUCKET_CACHE_LIMIT = 4096;
const byBucket = new Map<string, string>();

/** The calendar date of `instant` in the centre's time zone, as YYYY-MM-DD. */
export function localDate(instant: Date, timeZone: string): string {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('invalid call start instant');
  const key = `${timeZone}|${Math.floor(ms / BUCKET_MS)}`;
  const cached = byBucket.get(key);
  if (cached) return cached;
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  const date = `${part('year')}-${part('month')}-${part('day')}`;
  if (byBucket.size >= BUCKET_CACHE_LIMIT) byBucket.clear();
  byBucket.set(key, date);
  return date;
}

/** Whole days from `a` to `b`, both YYYY-MM-DD. */
export function daysBetween(a: string, b: string): number {
  return epochDay(b) - epochDay(a);
}
