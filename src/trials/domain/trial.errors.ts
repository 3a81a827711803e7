/**
 * Rejections of a recorded confirmation outcome. The service maps them to HTTP at
 * the edge: every code is a conflict with the trial's current state (409), except
 * that a caller who could not have known better still gets a 4xx, never a 500.
 */
export type TrialRuleCode =
  | 'TRIAL_CLOSED' // already charged or cancelled
  | 'TRIAL_ENDED' // recorded at or after the charge gate
  | 'STEP_ORDER' // step 2 before step 1 is done
  | 'STEP_DONE' // the step already has a final outcome
  | 'SAME_CALL' // the call already counts for the other step
  | 'CALL_ALREADY_USED'; // the call was already recorded with another outcome

export class TrialRuleError extends Error {
  constructor(
    readonly code: TrialRuleCode,
    message: string,
  ) {
    super(message);
    this.name = 'TrialRuleError';
  }
}
