// The retention module's front door: the policy reader other modules (subjects) may use.
export { RetentionModule } from './retention.module.js';
export { RetentionPolicies, type PolicyFact } from './retention-policies.service.js';
export {
  CLASS_RULES,
  DATA_CLASSES,
  type ClockedClass,
  type DataClass,
} from './domain/data-classes.js';
