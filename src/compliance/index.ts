export { ENGINE_VERSION, evaluateCall } from './evaluate-call.js';
export { computeTrialEnd, localDate } from './trial-end.js';
export type {
  ApprovedScript,
  CallPurpose,
  Compliance,
  ComplianceStatus,
  ConsentVerdict,
  Decision,
  EvaluationInput,
  Evidence,
  ProductFacts,
  RuleResult,
  RuleVerdict,
  ScriptVerdict,
  Speaker,
  TranscriptSegment,
} from './types.js';
export {
  SCRIPT_SECTIONS,
  ScriptFormatError,
  parseScript,
  requiredDisclosures,
  type RequiredDisclosure,
  type ScriptSection,
  type ScriptSections,
} from './script-format.js';
