/**
 * Trial confirmation core (2次确认机制): pure functions over plain data, no Nest,
 * no TypeORM. The service loads a trial, calls `openTrial` / `transition`, saves
 * the returned state and runs the returned effects in order.
 *
 * Decisions (details beside the code):
 * - confirmed = both steps done with a valid `continue` from two different calls;
 *   the charge gate re-checks this from the steps, not from the status field.
 * - valid decline → cancelled now; first unreachable/suspended → extended once
 *   (trialEnd += trialDays, both steps restart, gate moves); second → cancelled.
 * - invalid call, or undecided/will_self_cancel without the cancel method said →
 *   step `invalid`, due again at the next calling-window opening (attempt + 1).
 * - undecided/will_self_cancel with the cancel method said → step done
 *   ("informed"), never counts as a confirmation; a later valid call may settle it.
 * - rejected with TrialRuleError (→ 409): closed trial, at/after the gate, step
 *   already final, step 2 before step 1, a call already used (either step).
 * - sale invalidated / blacklisted → cancelled from any open state, incl. confirmed.
 * - sale valid again before the gate (overturn) → a sale_invalid cancellation is
 *   undone: pending steps re-scheduled, gate re-scheduled, no billing event.
 * - jobs (step_due, call_timeout, charge_gate) never throw: stale or early ones
 *   are no-ops, so a duplicate or late job is harmless.
 */
export * from './calling-window.js';
export * from './open-trial.js';
export * from './step-due-times.js';
export * from './time.js';
export * from './trial-dates.js';
export * from './trial-machine.js';
export * from './trial-outcome.js';
export * from './trial-reinstate.js';
export { isConfirmed, isInformed, isTerminal } from './trial-steps.js';
export * from './trial.errors.js';
export * from './trial.types.js';
