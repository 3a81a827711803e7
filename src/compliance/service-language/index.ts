/**
 * The agent's service language (文明用语, 服务禁语): a quality score carried in
 * the `compliance` object as `serviceLanguage`, never a validity standard.
 * analyzeServiceLanguage(segments, list) → {score, findings}; the phrase list is
 * data (DEFAULT_PHRASE_LIST, or an admin's edit checked by parsePhraseList).
 * Pure functions over plain data: no framework imports.
 */
import { evaluatePrepared } from '../evaluate-call.js';
import { Transcript } from '../transcript/prepared.js';
import type { Compliance, EvaluationInput } from '../types.js';
import { analyzeServiceLanguage } from './analyze.js';
import type { PhraseList } from './types.js';

export { analyzeServiceLanguage } from './analyze.js';
export { DEFAULT_PHRASE_LIST } from './default-phrases.js';
export { PhraseListError, parsePhraseList, phraseListProblems } from './phrase-list.js';
export { PENALTIES, serviceLanguageScore } from './score.js';
export {
  FINDING_DECISIONS,
  findingKey,
  tallyServiceLanguage,
  type FindingDecision,
  type ServiceLanguageTally,
} from './decisions.js';
export {
  FAMILY_KINDS,
  FINDING_KINDS,
  type FamilyKind,
  type FindingKind,
  type PhraseFamilyData,
  type PhraseList,
  type ServiceLanguage,
  type ServiceLanguageFinding,
} from './types.js';

/**
 * The four standards and, beside them, the service language. The verdict
 * (valid, status, rules) is exactly evaluateCall's: the language score is added, never weighed in.
 */
export function checkCall(input: EvaluationInput, list: PhraseList): Compliance {
  // Normalised and scanned once: both checks read the same prepared segments.
  const prepared = new Transcript(input.transcript ?? []);
  return {
    ...evaluatePrepared(input, prepared),
    serviceLanguage: analyzeServiceLanguage(input.transcript, list, prepared),
  };
}
