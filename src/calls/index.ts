// The calls module's front door for modules above it that need no more than this.
export { CallsModule } from './calls.module.js';
export { SubjectCalls, type SubjectCall, type SubjectRecordingFile } from './subject-calls.js';
export { CallView } from './call-view.js';
export {
  CallRetention,
  type PurgeReason,
  type RetainedItem,
  type RetainedRecording,
} from './call-retention.js';
export { CallSampling } from './call-sampling.js';
export { CallReader, type CallFacts } from './call-reader.js';
export { CallEvents, type CallEventMap } from './call-events.js';
export { TrialLookup } from './trial-lookup.js';
// What QA reads and writes of a call (issue 15: no foreign entities, no raw queries of calls' tables).
export { type QueuedCall } from './call-reader.js';
export { checkerResults } from './standard-results.js';
export { CallFinalVerdict } from './call-final-verdict.js';
export {
  CallPopulation,
  type PopulationFilter,
  type PopulationVisitor,
} from './call-population.js';
export { CallConditions } from './call-conditions.js';
export {
  outcomeCells,
  notValidSales,
  salesChecks,
  type CallWeek,
  type OutcomeCell,
  type NotValidSales,
  type SaleChecks,
} from './report-facts.js';
export {
  agentLanguageScores,
  recurringFindingGroups,
  type AgentLanguageScores,
  type FindingGroup,
} from './service-language/language-figures.query.js';
