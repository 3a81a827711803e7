import type { Evidence, RuleResult, RuleVerdict } from '../types.js';

export function verdict(
  result: RuleResult,
  reasons: string[],
  evidence: Evidence[] = [],
): RuleVerdict {
  return { result, reasons, evidence: dedupeEvidence(evidence) };
}

/** One entry per segment and phrase, in transcript order. */
export function dedupeEvidence(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const e of evidence) {
    const key = `${e.segment}|${e.phrase ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out.sort((a, b) => a.segment - b.segment);
}

export const NO_TRANSCRIPT_REASON = '没有通话转写文本，无法自动判定，需人工复核';
