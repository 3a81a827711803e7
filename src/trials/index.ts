// The trials module's front door for modules above it.
export { SubjectTrials, SubjectTrialsModule, type SubjectTrial } from './subject-trials.js';
export { TrialView } from './trial-view.js';
export { TrialRetention, TrialRetentionModule } from './trial-retention.js';
export { confirmationStepCounts, trialEventCounts, type UtcRange } from './report-facts.js';
