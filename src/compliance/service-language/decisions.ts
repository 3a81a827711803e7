import { serviceLanguageScore } from './score.js';
import type { ServiceLanguage, ServiceLanguageFinding } from './types.js';

/**
 * An inspector confirms or dismisses each finding (a wrong ASR word, a quoted
 * taboo the list missed). Dismissed findings no longer count: the score and
 * the weekly figures are recomputed without them; confirmed ones count as found.
 */
export const FINDING_DECISIONS = ['confirmed', 'dismissed'] as const;
export type FindingDecision = (typeof FINDING_DECISIONS)[number];

/**
 * A finding's stable name within its call: kind, segment and (taboos) family.
 * Unique per call, since each rule makes at most one finding of a kind (per
 * family, for taboos) per turn; it survives a re-evaluation that finds the same.
 */
export function findingKey(f: Pick<ServiceLanguageFinding, 'kind' | 'segment' | 'family'>): string {
  return `${f.kind}@${f.segment}${f.family ? `/${f.family}` : ''}`;
}

/** What the weekly report reads of a call: the score and taboos that still count. */
export interface ServiceLanguageTally {
  /** null: the call was not scored (no agent speech, or checked before the score existed). */
  score: number | null;
  taboos: number | null;
  /** The findings that count, in their order. */
  findings: ServiceLanguageFinding[];
}

export function tallyServiceLanguage(
  sl: ServiceLanguage | null | undefined,
  dismissed: ReadonlySet<string>,
): ServiceLanguageTally {
  if (!sl || sl.score === null) return { score: null, taboos: null, findings: [] };
  const findings = sl.findings.filter((f) => !dismissed.has(findingKey(f)));
  return {
    score: serviceLanguageScore(findings),
    taboos: findings.filter((f) => f.kind === 'taboo').length,
    findings,
  };
}
