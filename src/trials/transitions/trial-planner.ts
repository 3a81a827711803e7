import { localDateOf } from '../../common/time/local-date.js';
import { openTrial, type TrialConfig, type Transition } from '../domain/index.js';

export interface Sale {
  startedAt: Date;
  trialDays: number;
}

/**
 * `openTrial` for many sales at one `now`. It depends on a sale only through
 * the sale's local date and the trial length, so sales of the same day share
 * one computation (the time-zone arithmetic is the costly part of opening a
 * trial in bulk).
 */
export function trialPlanner(machine: TrialConfig, now: Date): (sale: Sale) => Transition {
  const plans = new Map<string, Transition>();
  return (sale) => {
    const key = `${localDateOf(sale.startedAt, machine.tz)}|${sale.trialDays}`;
    let plan = plans.get(key);
    if (!plan) {
      plan = openTrial({ saleStartedAt: sale.startedAt, trialDays: sale.trialDays, now }, machine);
      plans.set(key, plan);
    }
    return plan;
  };
}
