import { stepDueTimes } from './step-due-times.js';
import { chargeGateAt, extendedTrialEnd } from './trial-dates.js';
import { addLocalDays, type Instant } from './time.js';
import { scheduleEffect } from './trial-steps.js';
import type { StepState, TrialConfig, TrialState, Transition } from './trial.types.js';

/**
 * 无法接通或停机，则延长一个体验期，第2个体验期结束前继续回访确认.
 *
 * The trial end moves by one trial period, once. Both steps start over inside the
 * new period (a step-1 confirmation from the first period does not carry over:
 * the carrier asks for two confirmations before the new end), the old jobs are
 * cancelled and the charge gate moves with the end.
 */
export function extendTrial(state: TrialState, at: Instant, config: TrialConfig): Transition {
  const previousTrialEnd = state.trialEnd;
  const trialEnd = extendedTrialEnd(previousTrialEnd, state.trialDays);
  const due = stepDueTimes(
    addLocalDays(previousTrialEnd, 1),
    trialEnd,
    at,
    config.window,
    config.tz,
  );

  const restart = (step: StepState, dueAt: string): StepState => ({
    step: step.step,
    status: 'scheduled',
    dueAt,
    outcome: null,
    callId: null,
    attempt: step.attempt + 1,
  });
  const steps: [StepState, StepState] = [
    restart(state.steps[0], due.step1),
    restart(state.steps[1], due.step2),
  ];

  return {
    state: { ...state, status: 'extended', trialEnd, extensions: state.extensions + 1, steps },
    effects: [
      { type: 'cancel_jobs' },
      scheduleEffect(steps[0]),
      scheduleEffect(steps[1]),
      { type: 'schedule_charge_gate', at: chargeGateAt(trialEnd, config.tz) },
      { type: 'emit_extension', previousTrialEnd, trialEnd },
    ],
  };
}
