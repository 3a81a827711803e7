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
