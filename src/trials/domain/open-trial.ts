import { stepDueTimes } from './step-due-times.js';
import { chargeGateAt, computeTrialDates } from './trial-dates.js';
import type { Instant } from './time.js';
import { scheduleEffect } from './trial-steps.js';
import type { StepState, TrialConfig, TrialState, Transition } from './trial.types.js';

export interface OpenTrialInput {
  /** `startedAt` of the valid sale call. */
  saleStartedAt: Instant;
  trialDays: number;
  /** When the trial is created; a sale imported late never gets due times in the past. */
  now: Instant;
}

/**
 * A valid sale of a trial product opens the trial with both confirmation steps
 * and the charge gate scheduled from the start, so nothing depends on a later job
 * remembering to schedule the next one.
 */
export function openTrial(input: OpenTrialInput, config: TrialConfig): Transition {
  const { trialStart, trialEnd } = computeTrialDates(
    input.saleStartedAt,
    input.trialDays,
    config.tz,
  );
  const due = stepDueTimes(trialStart, trialEnd, input.now, config.window, config.tz);
  const fresh = (step: 1 | 2, dueAt: string): StepState => ({
    step,
    status: 'scheduled',
    dueAt,
    outcome: null,
    callId: null,
    attempt: 1,
  });
  const steps: [StepState, StepState] = [fresh(1, due.step1), fresh(2, due.step2)];
  const state: TrialState = {
    status: 'trial',
    trialStart,
    trialEnd,
    trialDays: input.trialDays,
    extensions: 0,
    steps,
    usedCallIds: [],
  };
  return {
    state,
    effects: [
      scheduleEffect(steps[0]),
      scheduleEffect(steps[1]),
      { type: 'schedule_charge_gate', at: chargeGateAt(trialEnd, config.tz) },
    ],
  };
}
