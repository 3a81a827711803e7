import { DomainError } from '../../common/errors.js';

/**
 * Rejections of a recorded confirmation outcome. Every code is a conflict with
 * the trial's current state (409): a caller who could not have known better
 * still gets a 4xx, never a 500. The code reaches the client in the body's
 * `code`, so these names are part of the API (README, shared api-contract):
 * never rename one.
 */
export type TrialRuleCode =
  | 'TRIAL_CLOSED' // already charged or cancelled
  | 'TRIAL_ENDED' // recorded at or after the charge gate
  | 'STEP_ORDER' // step 2 before step 1 is done
  | 'STEP_DONE' // the step already has a final outcome
  | 'SAME_CALL' // the call already counts for the other step
  | 'CALL_ALREADY_USED'; // the call was already recorded with another outcome

export class TrialRuleError extends DomainError {
  declare readonly code: TrialRuleCode;

  constructor(code: TrialRuleCode, message: string) {
    super('conflict', code, message);
  }
}
