// The calls module's front door for modules above it that are new enough to use one.
export { CallsModule } from './calls.module.js';
export {
  CallRetention,
  type PurgeReason,
  type RetainedItem,
  type RetainedRecording,
} from './call-retention.js';
export { CallSampling } from './call-sampling.js';
