/** The qa module's front door: what other modules may use of it. */
export { periodsEndingIn, periodsOverlapping, type PeriodKind } from './domain/periods.js';
export { type CallTierInfo, readCallTiers } from './tiers/tier-reader.js';
export { QaModule } from './qa.module.js';
export { SubjectQa } from './subject-qa.js';
export { ReviewView } from './reviews/review-view.js';
export { RemedialTaskView } from './remedial/remedial-task-view.js';
export { ContestedWorkOrders } from './work-orders/contested-work-orders.js';
export {
  reviewedCalls,
  tierReviewTallies,
  workOrderTallies,
  type QaRange,
  type ReviewedCall,
  type TierReviewTally,
  type WorkOrderTally,
} from './report-facts.js';
