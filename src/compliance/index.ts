/**
 * Automatic checker for the carrier's four valid-marketing standards.
 *
 * evaluateCall(input) → Compliance. Pipeline: each transcript segment is
 * normalised (text/normalize) and scanned once by a shared Aho-Corasick
 * lexicon (text/lexicon); rules under rules/ read those matches plus amounts
 * and dates (text/money, text/dates) and return a verdict per standard with
 * Chinese reasons and evidence (segment index, text, matched phrase).
 * Pure functions over plain data: no framework imports.
 */
export { ENGINE_VERSION, evaluateCall } from './evaluate-call.js';
export { computeTrialEnd, localDate } from './trial-end.js';
export {
  DEFAULT_PHRASE_LIST,
  FAMILY_KINDS,
  FINDING_DECISIONS,
  FINDING_KINDS,
  PhraseListError,
  analyzeServiceLanguage,
  checkCall,
  findingKey,
  parsePhraseList,
  phraseListProblems,
  tallyServiceLanguage,
  type FindingDecision,
  type PhraseFamilyData,
  type PhraseList,
  type ServiceLanguage,
  type ServiceLanguageFinding,
  type ServiceLanguageTally,
} from './service-language/index.js';
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
export {
  STANDARDS,
  STANDARD_DESCRIPTIONS,
  STANDARD_NAMES,
  STANDARD_REGISTRY,
  STANDARD_REPORT_LABELS,
  standardOfSection,
  type Standard,
  type StandardDefinition,
} from './standards.js';
