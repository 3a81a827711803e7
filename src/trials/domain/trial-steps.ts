import { nextWindowStart } from './calling-window.js';
import { type Instant, toMillis } from './time.js';
import {
  type CancelReason,
  INFORMED_OUTCOMES,
  type StepNumber,
  type StepState,
  type TrialConfig,
  type TrialEffect,
  type TrialState,
  type Transition,
} from './trial.types.js';

/** Building blocks shared by the transitions; each returns new objects, never mutates. */

export function isTerminal(state: TrialState): boolean {
  return state.status === 'charged' || state.status === 'cancelled';
}

/** Done with "told how to cancel" rather than a decision: a later call may still settle it. */
export function isInformed(step: StepState): boolean {
  return (
    step.status === 'done' && step.outcome !== null && INFORMED_OUTCOMES.includes(step.outcome)
  );
}

/**
 * The only thing that lets the charge gate bill: both steps done with a valid
 * `continue`, by two different calls. Checked from the steps, not the status
 * field, so a status set by mistake can never cause a charge.
 */
export function isConfirmed(state: TrialState): boolean {
  const [one, two] = state.steps;
  return (
    one.status === 'done' &&
    one.outcome === 'continue' &&
    two.status === 'done' &&
    two.outcome === 'continue' &&
    one.callId !== null &&
    two.callId !== null &&
    one.callId !== two.callId
  );
}

export function stepOf(state: TrialState, step: StepNumber): StepState {
  return state.steps[step - 1];
}

export function withStep(state: TrialState, next: StepState): TrialState {
  const steps: [StepState, StepState] =
    next.step === 1 ? [next, state.steps[1]] : [state.steps[0], next];
  return { ...state, steps };
}

export function unchanged(state: TrialState): Transition {
  return { state, effects: [] };
}

export function cancelTrial(state: TrialState, reason: CancelReason): Transition {
  return {
    state: { ...state, status: 'cancelled', cancelReason: reason },
    effects: [{ type: 'cancel_jobs' }, { type: 'emit_cancellation', reason }],
  };
}

export function scheduleEffect(step: StepState): TrialEffect {
  return { type: 'schedule_step', step: step.step, dueAt: step.dueAt, attempt: step.attempt };
}

/**
 * Moves a step to the next calling window after `from` as a new attempt. When it
 * is step 1 that moves, step 2 is pushed behind it so step 2 never falls due
 * before step 1 can have been done.
 */
export function rescheduleStep(
  state: TrialState,
  step: StepNumber,
  from: Instant,
  config: TrialConfig,
  patch: Partial<StepState> = {},
): Transition {
  const current = stepOf(state, step);
  const moved: StepState = {
    ...current,
    status: 'scheduled',
    ...patch,
    attempt: current.attempt + 1,
    dueAt: nextWindowStart(from, config.window, config.tz),
  };
  let next = withStep(state, moved);
  const effects = [scheduleEffect(moved)];

  const second = next.steps[1];
  if (step === 1 && second.status !== 'done' && toMillis(second.dueAt) <= toMillis(moved.dueAt)) {
    const pushed: StepState = {
      ...second,
      attempt: second.attempt + 1,
      dueAt: nextWindowStart(moved.dueAt, config.window, config.tz),
    };
    next = withStep(next, pushed);
    effects.push(scheduleEffect(pushed));
  }
  return { state: next, effects };
}
