import { DateTime } from 'luxon';
import { DomainError } from '../../common/errors.js';
import {
  missedPeriods,
  parsePeriod,
  PeriodError,
  previousWeeklyPeriod,
} from '../../qa/domain/periods.js';

/**
 * A report week: an ISO week (Monday–Sunday) in the centre's time zone. Calls
 * are keyed on their stored local date, so they are filtered by the local date
 * range `from..to` (inclusive); complaints and other timestamps by the half-open
 * UTC instant range [startUtc, endUtc). Both describe the same seven local days.
 * The ISO-week rules themselves live in the QA periods core; this reuses them.
 */
export interface ReportWeek {
  week: string;
  from: string;
  to: string;
  startUtc: string;
  endUtc: string;
}

export class WeekError extends DomainError {
  constructor(message: string) {
    super('invalid', 'INVALID_WEEK', message);
  }
}

const WEEK_FORMAT = "kkkk-'W'WW";

export function reportWeek(week: string, tz: string): ReportWeek {
  let period;
  try {
    period = parsePeriod('week', String(week ?? ''), tz);
  } catch (err) {
    if (!(err instanceof PeriodError)) throw err;
    throw new WeekError(
      `week must be an ISO week YYYY-Www such as 2026-W47 (W01 to W52, or W53 in long years), got "${week ?? ''}"`,
    );
  }
  const monday = DateTime.fromISO(period.startUtc, { zone: tz });
  return {
    week: period.period,
    from: monday.toISODate() as string,
    to: monday.plus({ days: 6 }).toISODate() as string,
    startUtc: period.startUtc,
    endUtc: period.endUtc,
  };
}

/** The ISO week a local date `YYYY-MM-DD` belongs to (a date has no zone to convert). */
export function weekOfLocalDate(date: string): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).toFormat(WEEK_FORMAT);
}

/** `count` consecutive weeks ending with `week`, oldest first (the trend's x axis). */
export function weeksEndingAt(week: string, count: number, tz: string): ReportWeek[] {
  const monday = DateTime.fromISO(reportWeek(week, tz).from, { zone: 'UTC' });
  return Array.from({ length: count }, (_, i) =>
    reportWeek(monday.minus({ weeks: count - 1 - i }).toFormat(WEEK_FORMAT), tz),
  );
}

/** The last complete week before `now`: what Monday's snapshot reports. */
export function previousWeek(now: Date, tz: string): string {
  return previousWeeklyPeriod(now, tz).period;
}

export function isWeekOver(week: ReportWeek, now: Date): boolean {
  return now.getTime() >= Date.parse(week.endUtc);
}

/**
 * Complete weeks still lacking a snapshot, oldest first: those after the latest
 * snapshotted one up to the previous week, or only the previous week when none
 * was ever taken (a new installation does not back-fill history).
 */
export function missedWeeks(lastSnapshotted: string | null, now: Date, tz: string): string[] {
  return missedPeriods('week', lastSnapshotted, now, tz, 53).map((p) => p.period);
}
