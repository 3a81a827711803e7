import { Transcript } from '../transcript/prepared.js';
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
 * `prepared` is the checker's Transcript of the same segments when the caller
 * has one (checkCall), so the text is normalised once for both checks.
 */
export function analyzeServiceLanguage(
  segments: readonly TranscriptSegment[] | null | undefined,
  list: PhraseList,
  prepared?: Transcript,
): ServiceLanguage {
  const all = segments ?? [];
  const transcript = prepared ?? new Transcript(all);
  const compiled = compileList(list);
  const turns = agentTurns(transcript.agent, compiled);
  if (turns.length === 0) return { score: null, findings: [] };
  const findings = [
    ...greetingFindings(turns),
    ...politeFindings(turns),
    ...tabooFindings(turns),
    ...interruptionFindings(all, transcript, turns, compiled),
    ...closingFindings(turns),
  ].sort((a, b) => a.segment - b.segment);
  return { score: serviceLanguageScore(findings), findings };
}
