/**
 * Test-only builders shared by the trial specs: a 30-day trial sold on
 * 2026-11-20 10:00 Beijing time and shorthands for events.
 */
import { openTrial } from './open-trial.js';
import { transition } from './trial-machine.js';
import {
  type ConfirmationOutcome,
  DEFAULT_TRIAL_CONFIG,
  type StepNumber,
  type TrialEvent,
  type TrialState,
  type Transition,
} from './trial.types.js';

export const config = DEFAULT_TRIAL_CONFIG;
export const SALE_AT = '2026-11-20T10:00:00+08:00';

export function opened(trialDays = 30, saleAt = SALE_AT): TrialState {
  return openTrial({ saleStartedAt: saleAt, trialDays, now: saleAt }, config).state;
}

export function apply(state: TrialState, event: TrialEvent): Transition {
  return transition(state, event, config);
}

export function applyAll(state: TrialState, events: TrialEvent[]): TrialState {
  return events.reduce((s, e) => apply(s, e).state, state);
}

export function outcome(
  step: StepNumber,
  what: ConfirmationOutcome,
  callId: string,
  at = '2026-12-12T10:00:00+08:00',
  valid = true,
  cancelMethodSaid = true,
): TrialEvent {
  return { type: 'outcome', step, outcome: what, callId, callValid: valid, cancelMethodSaid, at };
}

/** Both steps confirmed by valid continues on the nominal due days. */
export function confirmed(): TrialState {
  return applyAll(opened(), [
    outcome(1, 'continue', 'c1', '2026-12-12T10:00:00+08:00'),
    outcome(2, 'continue', 'c2', '2026-12-17T10:00:00+08:00'),
  ]);
}
