import { DateTime } from 'luxon';
import { DomainError } from '../../common/errors.js';
import { type Instant, inZone, startOfLocalDate, utcIso } from './local-time.js';

/**
 * Sampling periods in the centre's time zone: a daily period is a local date
 * `YYYY-MM-DD`, a weekly one an ISO week `YYYY-Www` (Monday to Sunday, week-year
 * rules, so 2026-W53 exists and 2025-W53 does not). Each covers the half-open
 * instant range [startUtc, endUtc): a call at 00:10 Beijing time on 2026-11-20
 * (16:10Z on the 19th) belongs to 2026-11-20.
 */
export type SamplingTier = 'daily' | 'weekly';

export interface SamplingPeriod {
  tier: SamplingTier;
  period: string;
  startUtc: string;
  endUtc: string;
}

export class PeriodError extends DomainError {
  constructor(message: string) {
    super('invalid', 'INVALID_PERIOD', message);
  }
}

const WEEK = /^(\d{4})-W(\d{2})$/;
const WEEK_FORMAT = "kkkk-'W'WW";

/**
 * Periods a centre can have calls in. Year 0000 parsed (luxon knows the
 * proleptic calendar) but its instants, with the zone's local mean time offset,
 * broke the queries built from them: a 500 for week 0000-W01.
 */
const FIRST_YEAR = 1970;
const LAST_YEAR = 9999;

function startOf(tier: SamplingTier, period: string, tz: string): DateTime {
  const start = parsedStart(tier, period, tz);
  // The year as written: week 1 of a year may start in December of the one before.
  const year = Number(period.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    throw new PeriodError(`A period lies in the years ${FIRST_YEAR}–${LAST_YEAR}, got "${period}"`);
  }
  return start;
}

function parsedStart(tier: SamplingTier, period: string, tz: string): DateTime {
  if (tier === 'daily') {
    try {
      return startOfLocalDate(period, tz);
    } catch {
      throw new PeriodError(`A daily period is a date YYYY-MM-DD, got "${period}"`);
    }
  }
  const match = WEEK.exec(period);
  const weekYear = match ? Number(match[1]) : NaN;
  const weekNumber = match ? Number(match[2]) : NaN;
  const weeks = match ? DateTime.fromObject({ weekYear }, { zone: tz }).weeksInWeekYear : 0;
  if (!match || weekNumber < 1 || weekNumber > weeks) {
    throw new PeriodError(`A weekly period is an ISO week YYYY-Www, got "${period}"`);
  }
  return DateTime.fromObject({ weekYear, weekNumber, weekday: 1 }, { zone: tz });
}

function span(tier: SamplingTier, start: DateTime): SamplingPeriod {
  const end = start.plus(tier === 'daily' ? { days: 1 } : { weeks: 1 });
  const period = tier === 'daily' ? (start.toISODate() as string) : start.toFormat(WEEK_FORMAT);
  return { tier, period, startUtc: utcIso(start), endUtc: utcIso(end) };
}

export function parsePeriod(tier: SamplingTier, period: string, tz: string): SamplingPeriod {
  if (tier !== 'daily' && tier !== 'weekly') throw new PeriodError(`Unknown tier "${tier}"`);
  return span(tier, startOf(tier, period, tz));
}

/** The period an instant (e.g. a call's startedAt) falls in. */
export function periodOf(tier: SamplingTier, instant: Instant, tz: string): SamplingPeriod {
  const local = inZone(instant, tz);
  return span(tier, tier === 'daily' ? local.startOf('day') : local.startOf('week'));
}

export function previousDailyPeriod(now: Instant, tz: string): SamplingPeriod {
  return periodOf('daily', inZone(now, tz).minus({ days: 1 }).toMillis(), tz);
}

export function previousWeeklyPeriod(now: Instant, tz: string): SamplingPeriod {
  return periodOf('weekly', inZone(now, tz).minus({ weeks: 1 }).toMillis(), tz);
}

/** A period can be drawn once it is over: its population no longer changes. */
export function isPeriodOver(period: SamplingPeriod, now: Instant): boolean {
  return inZone(now, 'UTC').toMillis() >= Date.parse(period.endUtc);
}

/**
 * Complete periods not drawn yet: those after `lastDrawn` up to and including the
 * one before `now` (oldest first), so a scheduler that was down catches up. With
 * nothing drawn yet, only the previous period. `limit` caps a long outage.
 */
export function missedPeriods(
  tier: SamplingTier,
  lastDrawn: string | null,
  now: Instant,
  tz: string,
  limit = 366,
): SamplingPeriod[] {
  const previous = tier === 'daily' ? previousDailyPeriod(now, tz) : previousWeeklyPeriod(now, tz);
  if (lastDrawn === null) return [previous];
  let cursor = parsePeriod(tier, lastDrawn, tz);
  const missed: SamplingPeriod[] = [];
  while (Date.parse(cursor.endUtc) <= Date.parse(previous.startUtc) && missed.length < limit) {
    cursor = periodOf(tier, cursor.endUtc, tz);
    missed.push(cursor);
  }
  return missed;
}
