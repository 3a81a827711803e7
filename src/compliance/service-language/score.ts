import type { FindingKind, ServiceLanguageFinding } from './types.js';

/**
 * Points off 100 per finding, and the most findings of a kind that count. A
 * missing greeting, polite address or closing costs 10 once; each taboo costs
 * 15 (at most four count: 60); each interruption 5 (at most four: 20). The
 * score is 100 minus the points, never below 0:
 *
 *   score = max(0, 100 − 10·greeting − 10·polite_address − 10·closing
 *                      − 15·min(taboos, 4) − 5·min(interruptions, 4))
 *
 * so one taboo (85) weighs more than a forgotten greeting (90), and a call
 * with every lapse reaches 0.
 */
export const PENALTIES: Record<FindingKind, { points: number; counted: number }> = {
  greeting: { points: 10, counted: 1 },
  polite_address: { points: 10, counted: 1 },
  closing: { points: 10, counted: 1 },
  taboo: { points: 15, counted: 4 },
  interruption: { points: 5, counted: 4 },
};

export function serviceLanguageScore(findings: readonly ServiceLanguageFinding[]): number {
  const counts = new Map<FindingKind, number>();
  for (const f of findings) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  let score = 100;
  for (const [kind, n] of counts) {
    const { points, counted } = PENALTIES[kind];
    score -= points * Math.min(n, counted);
  }
  return Math.max(0, score);
}
