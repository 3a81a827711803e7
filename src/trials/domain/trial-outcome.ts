import { extendTrial } from './trial-extension.js';
import { chargeGateAt } from './trial-dates.js';
import { TrialRuleError } from './trial.errors.js';
import { toMillis } from './time.js';
import {
  cancelTrial,
  isConfirmed,
  isInformed,
  isTerminal,
  rescheduleStep,
  stepOf,
  unchanged,
  withStep,
} from './trial-steps.js';
import {
  INFORMED_OUTCOMES,
  NO_CONTACT_OUTCOMES,
  type TrialConfig,
  type TrialEvent,
  type TrialState,
  type Transition,
} from './trial.types.js';

export type OutcomeEvent = Extract<TrialEvent, { type: 'outcome' }>;

/** 延长一个体验期 — one extension; the next unreachable/suspended cancels. */
export const MAX_EXTENSIONS = 1;

/**
 * Records what a confirmation call found (POST …/confirmations/{step}/outcome).
 *
 * - Replaying the same call and outcome for the same step changes nothing (a
 *   retried request), even after the trial closed.
 * - Rejected (TrialRuleError): trial closed; recorded at/after the charge gate;
 *   step already final; step 2 before step 1 is done; the call already used for
 *   the other step or with another outcome. A call made early still counts.
 * - unreachable/suspended need no conversation: first time the trial is
 *   extended, after that it is cancelled.
 * - Any other outcome counts only from a call meeting the four standards;
 *   undecided/will_self_cancel also need the cancel method said. Otherwise the
 *   step is `invalid` and due again in the next calling window (attempt + 1).
 * - A valid decline cancels at once; a valid continue completes the step and,
 *   with the other step's continue, confirms the trial.
 * - undecided/will_self_cancel complete the step as "informed": step 2 may
 *   proceed, but the trial is not confirmed. A later valid call for that step may
 *   still settle it with continue or decline; anything else leaves it informed.
 */
export function recordOutcome(
  state: TrialState,
  event: OutcomeEvent,
  config: TrialConfig,
): Transition {
  const step = stepOf(state, event.step);
  if (step.callId === event.callId && step.outcome === event.outcome) return unchanged(state);

  if (isTerminal(state)) {
    throw new TrialRuleError('TRIAL_CLOSED', `The trial is already ${state.status}`);
  }
  if (toMillis(event.at) >= toMillis(chargeGateAt(state.trialEnd, config.tz))) {
    throw new TrialRuleError('TRIAL_ENDED', `The trial ended on ${state.trialEnd}`);
  }
  if (step.status === 'done' && !isInformed(step)) {
    throw new TrialRuleError('STEP_DONE', `Step ${event.step} is already ${step.outcome}`);
  }
  if (event.step === 2 && stepOf(state, 1).status !== 'done') {
    throw new TrialRuleError('STEP_ORDER', 'Step 2 needs step 1 done first');
  }
  if (stepOf(state, event.step === 1 ? 2 : 1).callId === event.callId) {
    throw new TrialRuleError('SAME_CALL', 'The two steps need two different calls');
  }
  if (state.usedCallIds.includes(event.callId)) {
    throw new TrialRuleError('CALL_ALREADY_USED', 'This call was already recorded');
  }

  const recorded = { ...state, usedCallIds: [...state.usedCallIds, event.callId] };
  if (isInformed(step)) {
    const settles =
      event.callValid && (event.outcome === 'continue' || event.outcome === 'decline');
    return settles ? decide(recorded, event, config) : unchanged(recorded);
  }
  return decide(recorded, event, config);
}

function decide(state: TrialState, event: OutcomeEvent, config: TrialConfig): Transition {
  const settled = withStep(state, {
    ...stepOf(state, event.step),
    status: 'done',
    outcome: event.outcome,
    callId: event.callId,
  });

  if (NO_CONTACT_OUTCOMES.includes(event.outcome)) {
    return state.extensions < MAX_EXTENSIONS
      ? extendTrial(state, event.at, config)
      : cancelTrial(settled, event.outcome === 'suspended' ? 'suspended' : 'unreachable');
  }

  const informed = INFORMED_OUTCOMES.includes(event.outcome);
  if (!event.callValid || (informed && !event.cancelMethodSaid)) {
    return rescheduleStep(state, event.step, event.at, config, {
      status: 'invalid',
      outcome: event.outcome,
      callId: event.callId,
    });
  }

  if (event.outcome === 'decline') return cancelTrial(settled, 'declined');
  if (isConfirmed(settled)) return unchanged({ ...settled, status: 'confirmed' });
  return unchanged(settled);
}
