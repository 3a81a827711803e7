// What the retention purge may ask of trials (the rest of trials predates front doors).
export { TrialRetention, TrialRetentionModule } from './trial-retention.js';
