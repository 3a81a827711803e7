import {
  type CallingWindow,
  moveIntoWindow,
  nextWindowStart,
  windowStartOn,
} from './calling-window.js';
import { chargeGateAt } from './trial-dates.js';
import {
  addLocalDays,
  type Instant,
  localDaysBetween,
  startOfLocalDate,
  toMillis,
} from './time.js';

/**
 * When the two confirmation calls fall due within one trial period.
 *
 * - Step 1 opens the calling window 7 days before the end, leaving a week for
 *   retries and for step 2. A period shorter than 9 days has no such week (and
 *   end − 7 would be on or before the sale day), so step 1 goes mid-period.
 * - Step 2 opens the window 2 days before the end, and always strictly after step 1.
 * - Nothing is ever due in the past or outside the calling window.
 * - When step 2 cannot be a day later without passing the charge gate (1-day
 *   trials, late-imported sales), it goes a few hours after step 1 the same day.
 */
export const LONG_PERIOD_DAYS = 9;
export const SAME_DAY_STEP_GAP_MS = 2 * 60 * 60 * 1000;

export interface StepDueTimes {
  step1: string;
  step2: string;
}

function notInPast(due: string, now: Instant, window: CallingWindow, tz: string): string {
  return toMillis(due) < toMillis(now) ? moveIntoWindow(now, window, tz) : due;
}

export function stepDueTimes(
  periodStart: string,
  trialEnd: string,
  now: Instant,
  window: CallingWindow,
  tz: string,
): StepDueTimes {
  const length = localDaysBetween(periodStart, trialEnd) + 1;
  if (length < 1) throw new RangeError(`Period ${periodStart}…${trialEnd} is empty`);

  const step1Date =
    length >= LONG_PERIOD_DAYS
      ? addLocalDays(trialEnd, -7)
      : addLocalDays(periodStart, Math.floor((length - 1) / 2));
  const step2Nominal = addLocalDays(trialEnd, -2);
  const step2Date = step2Nominal < periodStart ? periodStart : step2Nominal;

  const opening = (date: string) => windowStartOn(startOfLocalDate(date, tz), window);
  const step1 = notInPast(opening(step1Date), now, window, tz);
  let step2 = notInPast(opening(step2Date), now, window, tz);

  if (toMillis(step2) <= toMillis(step1)) {
    const nextDay = nextWindowStart(step1, window, tz);
    step2 =
      toMillis(nextDay) < toMillis(chargeGateAt(trialEnd, tz))
        ? nextDay
        : moveIntoWindow(toMillis(step1) + SAME_DAY_STEP_GAP_MS, window, tz);
  }
  return { step1, step2 };
}
