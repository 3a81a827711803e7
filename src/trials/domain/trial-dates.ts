import { addLocalDays, type Instant, localDateOf, startOfLocalDate, toIso } from './time.js';

export interface TrialDates {
  /** The sale's local date: day 1 of the trial. */
  trialStart: string;
  /** The last free day (inclusive): trialStart + trialDays − 1. */
  trialEnd: string;
}

function assertTrialDays(trialDays: number): void {
  if (!Number.isInteger(trialDays) || trialDays < 1) {
    throw new RangeError(`trialDays must be a positive integer, got ${trialDays}`);
  }
}

/**
 * The trial covers `trialDays` calendar days starting on the sale's local date, so
 * a 30-day trial sold at 00:10 Beijing time on 2026-11-20 (16:10Z the day before)
 * runs 2026-11-20 … 2026-12-19.
 */
export function computeTrialDates(
  saleStartedAt: Instant,
  trialDays: number,
  tz: string,
): TrialDates {
  assertTrialDays(trialDays);
  const trialStart = localDateOf(saleStartedAt, tz);
  return { trialStart, trialEnd: addLocalDays(trialStart, trialDays - 1) };
}

/** One more trial period after the current end (the 延长一个体验期 rule). */
export function extendedTrialEnd(trialEnd: string, trialDays: number): string {
  assertTrialDays(trialDays);
  return addLocalDays(trialEnd, trialDays);
}

/**
 * The charge gate is the end of the last free day, i.e. local midnight that starts
 * the next day. Anything recorded at or after this instant is too late to count.
 */
export function chargeGateAt(trialEnd: string, tz: string): string {
  return toIso(startOfLocalDate(trialEnd, tz).plus({ days: 1 }));
}
