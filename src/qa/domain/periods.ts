import { DateTime } from 'luxon';
import { DomainError } from '../../common/errors.js';
import { type Instant, inZone, startOfLocalDate, utcIso } from './local-time.js';

/**
 * Sampling periods in the centre's time zone, by period kind (a tier row names
 * its kind): a day is a local date `YYYY-MM-DD`, a week an ISO week `YYYY-Www`
 * (Monday to Sunday, week-year rules, so 2026-W53 exists and 2025-W53 does not),
 * a month `YYYY-MM`. Each covers the half-open instant range [startUtc, endUtc):
 * a call at 00:10 Beijing time on 2026-11-20 (16:10Z on the 19th) belongs to
 * 2026-11-20. A new kind is one entry in KINDS.
 */
export const PERIOD_KINDS = ['day', 'week', 'month'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** A tier's id (`daily`, `weekly`, a row added later): tiers are rows of qa_tiers. */
export type SamplingTier = string;

export interface SamplingPeriod {
  kind: PeriodKind;
  period: string;
  startUtc: string;
  endUtc: string;
}

/** A tier's period: what a draw covers and what its run is keyed on. */
export interface TierPeriod extends SamplingPeriod {
  tier: SamplingTier;
}

export class PeriodError extends DomainError {
  constructor(message: string) {
    super('invalid', 'INVALID_PERIOD', message);
  }
}

interface KindRules {
  /** The period's first instant, or null when `period` is not written in this kind's format. */
  parse(period: string, tz: string): DateTime | null;
  format: string;
  unit: 'day' | 'week' | 'month';
  example: string;
}

const WEEK = /^(\d{4})-W(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

const KINDS: Record<PeriodKind, KindRules> = {
  day: {
    parse: (period, tz) => {
      try {
        return startOfLocalDate(period, tz);
      } catch {
        return null;
      }
    },
    format: 'yyyy-MM-dd',
    unit: 'day',
    example: 'a date YYYY-MM-DD',
  },
  week: {
    parse: (period, tz) => {
      const match = WEEK.exec(period);
      if (!match) return null;
      const [weekYear, weekNumber] = [Number(match[1]), Number(match[2])];
      const weeks = DateTime.fromObject({ weekYear }, { zone: tz }).weeksInWeekYear;
      if (weekNumber < 1 || weekNumber > weeks) return null;
      return DateTime.fromObject({ weekYear, weekNumber, weekday: 1 }, { zone: tz });
    },
    format: "kkkk-'W'WW",
    unit: 'week',
    example: 'an ISO week YYYY-Www',
  },
  month: {
    parse: (period, tz) => {
      const match = MONTH.exec(period);
      const month = match ? Number(match[2]) : 0;
      if (!match || month < 1 || month > 12) return null;
      return DateTime.fromObject({ year: Number(match[1]), month, day: 1 }, { zone: tz });
    },
    format: 'yyyy-MM',
    unit: 'month',
    example: 'a month YYYY-MM',
  },
};

export function isPeriodKind(kind: string): kind is PeriodKind {
  return (PERIOD_KINDS as readonly string[]).includes(kind);
}

function rules(kind: string): KindRules {
  if (!isPeriodKind(kind)) throw new PeriodError(`Unknown period kind "${kind}"`);
  return KINDS[kind];
}

/**
 * Periods a centre can have calls in. Year 0000 parsed (luxon knows the
 * proleptic calendar) but its instants, with the zone's local mean time offset,
 * broke the queries built from them: a 500 for week 0000-W01.
 */
const FIRST_YEAR = 1970;
const LAST_YEAR = 9999;

function startOf(kind: PeriodKind, period: string, tz: string): DateTime {
  const start = rules(kind).parse(period, tz);
  if (!start) throw new PeriodError(`A ${kind} period is ${rules(kind).example}, got "${period}"`);
  // The year as written: week 1 of a year may start in December of the one before.
  const year = Number(period.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    throw new PeriodError(`A period lies in the years ${FIRST_YEAR}–${LAST_YEAR}, got "${period}"`);
  }
  return start;
}

function span(kind: PeriodKind, start: DateTime): SamplingPeriod {
  const { unit, format } = KINDS[kind];
  const end = start.plus({ [unit + 's']: 1 });
  return { kind, period: start.toFormat(format), startUtc: utcIso(start), endUtc: utcIso(end) };
}

export function parsePeriod(kind: PeriodKind, period: string, tz: string): SamplingPeriod {
  rules(kind);
  return span(kind, startOf(kind, period, tz));
}

/** The period an instant (e.g. a call's startedAt) falls in. */
export function periodOf(kind: PeriodKind, instant: Instant, tz: string): SamplingPeriod {
  return span(kind, inZone(instant, tz).startOf(rules(kind).unit));
}

/** The last period that ended before `now`'s period began. */
export function previousPeriod(kind: PeriodKind, now: Instant, tz: string): SamplingPeriod {
  return periodOf(
    kind,
    inZone(now, tz)
      .minus({ [rules(kind).unit + 's']: 1 })
      .toMillis(),
    tz,
  );
}

export function previousDailyPeriod(now: Instant, tz: string): SamplingPeriod {
  return previousPeriod('day', now, tz);
}

export function previousWeeklyPeriod(now: Instant, tz: string): SamplingPeriod {
  return previousPeriod('week', now, tz);
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
  kind: PeriodKind,
  lastDrawn: string | null,
  now: Instant,
  tz: string,
  limit = 366,
): SamplingPeriod[] {
  const previous = previousPeriod(kind, now, tz);
  if (lastDrawn === null) return [previous];
  let cursor = parsePeriod(kind, lastDrawn, tz);
  const missed: SamplingPeriod[] = [];
  while (Date.parse(cursor.endUtc) <= Date.parse(previous.startUtc) && missed.length < limit) {
    cursor = periodOf(kind, cursor.endUtc, tz);
    missed.push(cursor);
  }
  return missed;
}

/** The periods of a kind that share an instant with [fromUtc, toUtc), oldest first. */
function periodsBetween(
  kind: PeriodKind,
  fromUtc: string,
  toUtc: string,
  tz: string,
): SamplingPeriod[] {
  const periods: SamplingPeriod[] = [];
  const last = Date.parse(toUtc);
  for (
    let p = periodOf(kind, fromUtc, tz);
    Date.parse(p.startUtc) < last;
    p = periodOf(kind, p.endUtc, tz)
  )
    periods.push(p);
  return periods;
}

/**
 * The periods of a kind that end in (fromUtc, toUtc]: which of a tier's draws a
 * week's report counts (the seven days, the week, a month ending that week).
 */
export function periodsEndingIn(
  kind: PeriodKind,
  fromUtc: string,
  toUtc: string,
  tz: string,
): string[] {
  const [from, to] = [Date.parse(fromUtc), Date.parse(toUtc)];
  return periodsBetween(kind, fromUtc, toUtc, tz)
    .filter((p) => Date.parse(p.endUtc) > from && Date.parse(p.endUtc) <= to)
    .map((p) => p.period);
}

/** The periods of a kind that share an instant with [fromUtc, toUtc): where a week's calls may be sampled. */
export function periodsOverlapping(
  kind: PeriodKind,
  fromUtc: string,
  toUtc: string,
  tz: string,
): string[] {
  return periodsBetween(kind, fromUtc, toUtc, tz).map((p) => p.period);
}
