import type { Evidence, RuleResult, RuleVerdict } from '../types.js';

export function verdict(
  result: RuleResult,
  reasons: string[],
  evidence: Evidence[] = [],
): RuleVerdict {
  return { result, reasons, evidence: dedupeEvidence(evidence) };
}

/** One entry per segment, in transcript order; its phrases are joined ("10元、12月9日"). */
export function dedupeEvidence(evidence: Evidence[]): Evidence[] {
  const bySegment = new Map<number, { e: Evidence; phrases: string[] }>();
  for (const e of evidence) {
    const entry = bySegment.get(e.segment);
    if (!entry) bySegment.set(e.segment, { e, phrases: e.phrase ? [e.phrase] : [] });
    else if (e.phrase && !entry.phrases.includes(e.phrase)) entry.phrases.push(e.phrase);
  }
  return [...bySegment.values()]
    .map(({ e, phrases }) =>
      phrases.length === 0
        ? { segment: e.segment, text: e.text }
        : { segment: e.segment, text: e.text, phrase: phrases.join('、') },
    )
    .sort((a, b) => a.segment - b.segment);
}

export const NO_TRANSCRIPT_REASON = '没有通话转写文本，无法自动判定，需人工复核';
