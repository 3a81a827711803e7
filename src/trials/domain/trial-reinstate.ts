import { moveIntoWindow } from './calling-window.js';
import { chargeGateAt } from './trial-dates.js';
import { type Instant, toMillis } from './time.js';
import { isConfirmed, scheduleEffect, unchanged } from './trial-steps.js';
import type { StepState, TrialConfig, TrialEffect, TrialState, Transition } from './trial.types.js';

/**
 * The sale's final verdict turned valid again (a failing review overturned):
 * the `sale_invalid` cancellation is undone, because consequences follow the
 * final verdict. A reinstated trial keeps its dates (trialEnd, extensions) and
 * its done steps; every step not done is due again as a new attempt at its old
 * due time or, if that has passed, at the next calling-window moment, and the
 * charge gate is scheduled again at trialEnd. No billing event: the gate bills
 * as usual if both confirmations arrive. An outbox `trial.reinstated` event
 * tells billing (and the weekly report) the cancellation was withdrawn.
 *
 * Once the gate has passed the trial stays cancelled: the customer was never
 * confirmed before the charge date, so it cannot be charged, and it is not
 * revived. Any other cancellation reason (declined, blacklisted…) stands.
 */
export function reinstateSale(state: TrialState, at: Instant, config: TrialConfig): Transition {
  if (state.status !== 'cancelled' || state.cancelReason !== 'sale_invalid') {
    return unchanged(state);
  }
  const gate = chargeGateAt(state.trialEnd, config.tz);
  if (toMillis(at) >= toMillis(gate)) return unchanged(state);

  const effects: TrialEffect[] = [];
  const steps = state.steps.map((step): StepState => {
    if (step.status === 'done') return step;
    const from = Math.max(toMillis(step.dueAt), toMillis(at));
    const moved: StepState = {
      ...step,
      status: 'scheduled',
      attempt: step.attempt + 1,
      dueAt: moveIntoWindow(from, config.window, config.tz),
    };
    effects.push(scheduleEffect(moved));
    return moved;
  }) as [StepState, StepState];
  const { cancelReason: _withdrawn, ...rest } = state;
  const status = isConfirmed(state) ? 'confirmed' : state.extensions > 0 ? 'extended' : 'trial';
  effects.push({ type: 'schedule_charge_gate', at: gate }, { type: 'emit_reinstatement' });
  return { state: { ...rest, status, steps }, effects };
}
