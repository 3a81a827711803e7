import { rate } from './rates.js';
import type { ConfirmationFigures } from './report-types.js';

/**
 * 2次确认 in the week: steps due in it and how many of those are done, and the
 * trial events (extension, cancellation, first charge) that happened in it.
 */
export function confirmationFigures(
  steps: { due: number; done: number },
  events: ReadonlyMap<string, number>,
): ConfirmationFigures {
  return {
    due: steps.due,
    done: steps.done,
    doneRate: rate(steps.done, steps.due),
    extended: events.get('trial.extended') ?? 0,
    // A cancellation withdrawn by an overturn (trial.reinstated) no longer counts.
    cancelled: Math.max(
      0,
      (events.get('trial.cancelled') ?? 0) - (events.get('trial.reinstated') ?? 0),
    ),
    charged: events.get('trial.charged') ?? 0,
  };
}
