import type { TranscriptSegment } from '../types.js';
import { interruptionFindings } from './interruption.js';
import { compileList } from './matcher.js';
import { closingFindings, greetingFindings, politeFindings, tabooFindings } from './rules.js';
import { serviceLanguageScore } from './score.js';
import { agentTurns } from './turns.js';
import type { PhraseList, ServiceLanguage } from './types.js';

/**
 * The agent's service language on one call: greeting, polite address, closing,
 * taboos and interruptions, each a finding with its segment, and a 0–100 score
 * (score.ts). Only the agent's turns are judged; the customer's matter only as
 * the turn an agent may talk over. No agent speech → score null, nothing found.
 */
export function analyzeServiceLanguage(
  segments: readonly TranscriptSegment[] | null | undefined,
  list: PhraseList,
): ServiceLanguage {
  const all = segments ?? [];
  const turns = agentTurns(all, list);
  if (turns.length === 0) return { score: null, findings: [] };
  const findings = [
    ...greetingFindings(turns),
    ...politeFindings(turns),
    ...tabooFindings(turns),
    ...interruptionFindings(all, turns, compileList(list)),
    ...closingFindings(turns),
  ].sort((a, b) => a.segment - b.segment);
  return { score: serviceLanguageScore(findings), findings };
}
