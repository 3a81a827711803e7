import { isInCallingWindow, moveIntoWindow } from './calling-window.js';
import { chargeGateAt } from './trial-dates.js';
import { recordOutcome } from './trial-outcome.js';
import { reinstateSale } from './trial-reinstate.js';
import { toMillis } from './time.js';
import {
  cancelTrial,
  isConfirmed,
  isTerminal,
  rescheduleStep,
  scheduleEffect,
  stepOf,
  unchanged,
  withStep,
} from './trial-steps.js';
import type { StepState, TrialConfig, TrialEvent, TrialState, Transition } from './trial.types.js';

/**
 * The trial state machine: `(state, event) → state + effects`, pure. The service
 * loads the trial, calls this, saves the new state and executes the effects (jobs,
 * billing, cancellation) in order, in one transaction.
 *
 *   trial ─┬─ both steps valid continue ─→ confirmed ── gate ─→ charged
 *          ├─ unreachable/suspended (1st) ─→ extended (same rules, new end)
 *          └─ decline · sale invalid · blacklisted · 2nd unreachable ·
 *             gate without confirmation ─→ cancelled
 *
 * charged and cancelled are terminal: jobs arriving late change nothing, and a
 * recorded outcome is rejected (TrialRuleError). Blacklisting or invalidating
 * the sale cancels even a confirmed trial: the gate has not charged yet. The
 * one way back from cancelled: the sale's verdict turns valid again before the
 * gate (sale_reinstated, see trial-reinstate.ts).
 */
export function transition(state: TrialState, event: TrialEvent, config: TrialConfig): Transition {
  switch (event.type) {
    case 'outcome':
      return recordOutcome(state, event, config);
    case 'sale_invalidated':
      return isTerminal(state) ? unchanged(state) : cancelTrial(state, 'sale_invalid');
    case 'sale_reinstated':
      return reinstateSale(state, event.at, config);
    case 'blacklisted':
      return isTerminal(state) ? unchanged(state) : cancelTrial(state, 'blacklisted');
    case 'charge_gate':
      return chargeGate(state, event, config);
    case 'step_due':
      return stepDue(state, event, config);
    case 'call_timeout':
      return callTimeout(state, event, config);
  }
}

type EventOf<T extends TrialEvent['type']> = Extract<TrialEvent, { type: T }>;

/** A gate job that fires early (e.g. the one replaced by an extension) is ignored. */
function chargeGate(
  state: TrialState,
  event: EventOf<'charge_gate'>,
  config: TrialConfig,
): Transition {
  const early = toMillis(event.at) < toMillis(chargeGateAt(state.trialEnd, config.tz));
  if (isTerminal(state) || early) return unchanged(state);
  if (!isConfirmed(state)) return cancelTrial(state, 'not_confirmed');
  return {
    state: { ...state, status: 'charged' },
    effects: [{ type: 'emit_billing', trialEnd: state.trialEnd }],
  };
}

/**
 * A step's job fired: hand it to the dialer. Stale jobs (an older attempt, a step
 * already done, after the gate) do nothing. Step 2 waits for step 1 and a job
 * that fired outside the calling window (a queue backlog) is moved, never dialled.
 */
function stepDue(state: TrialState, event: EventOf<'step_due'>, config: TrialConfig): Transition {
  const step = stepOf(state, event.step);
  const stale = event.attempt !== undefined && event.attempt !== step.attempt;
  if (isTerminal(state) || stale || step.status === 'done' || step.status === 'calling') {
    return unchanged(state);
  }
  if (toMillis(event.at) >= toMillis(chargeGateAt(state.trialEnd, config.tz))) {
    return unchanged(state);
  }
  if (event.step === 2 && stepOf(state, 1).status !== 'done') {
    const after = Math.max(toMillis(event.at), toMillis(stepOf(state, 1).dueAt));
    return rescheduleStep(state, 2, after, config);
  }
  if (!isInCallingWindow(event.at, config.window, config.tz)) {
    const moved: StepState = {
      ...step,
      attempt: step.attempt + 1,
      dueAt: moveIntoWindow(event.at, config.window, config.tz),
    };
    return { state: withStep(state, moved), effects: [scheduleEffect(moved)] };
  }
  return {
    state: withStep(state, { ...step, status: 'calling' }),
    effects: [{ type: 'notify_dialer', step: step.step, attempt: step.attempt }],
  };
}

/** The dialer never reported back: try again in the next calling window. */
function callTimeout(
  state: TrialState,
  event: EventOf<'call_timeout'>,
  config: TrialConfig,
): Transition {
  const step = stepOf(state, event.step);
  const stale = event.attempt !== undefined && event.attempt !== step.attempt;
  if (isTerminal(state) || stale || step.status !== 'calling') return unchanged(state);
  return rescheduleStep(state, event.step, event.at, config);
}
