import { STANDARDS, type Standard } from './report-types.js';
import type { FailureCount } from './standards.js';
import type { ReportWeek } from './week.js';

/**
 * A row of the failures pass: the week's sales whose final verdict is not
 * valid, sharing a date and the checker's four results. A valid sale has no
 * failed standard: the checker passed all four, or a reviewer did.
 */
export interface FailureGroup extends Record<Standard, string> {
  localDate: string;
  sales: number;
  firstCallId: number;
  lastCallId: number;
}

/** A sale of the week with a current human review: the checker's and the reviewers' failures. */
export interface ReviewedSale {
  callId: number;
  finalStatus: string;
  checkerFailed: Record<Standard, boolean>;
  reviewFailed: Record<Standard, boolean>;
}

export const MAX_EXAMPLES = 3;

/**
 * Failures per standard among the week's sales, the human result over the
 * checker's: the checker's failures among sales not valid, minus those of the
 * reviewed ones among them, plus the reviewers' failures. Examples: calls a
 * reviewer failed first (confirmed by a person), then calls the checker failed
 * that nobody reviewed, lowest ids first, at most MAX_EXAMPLES.
 */
export function failureCounts(
  groups: FailureGroup[],
  reviewed: ReviewedSale[],
  week: ReportWeek,
): Record<Standard, FailureCount> {
  const inWeek = groups.filter((g) => g.localDate >= week.from && g.localDate <= week.to);
  const reviewedIds = new Set(reviewed.map((r) => r.callId));
  const entries = STANDARDS.map((s): [Standard, FailureCount] => {
    const failing = inWeek.filter((g) => g[s] === 'fail');
    const checker = failing.reduce((n, g) => n + g.sales, 0);
    const adjustment = reviewed.reduce(
      (n, r) =>
        n + (r.reviewFailed[s] ? 1 : 0) - (r.checkerFailed[s] && r.finalStatus !== 'valid' ? 1 : 0),
      0,
    );
    const confirmed = reviewed.filter((r) => r.reviewFailed[s]).map((r) => r.callId);
    const unreviewed = failing
      .flatMap((g) => [g.firstCallId, g.lastCallId])
      .filter((id) => !reviewedIds.has(id));
    const examples = [...new Set([...ascending(confirmed), ...ascending(unreviewed)])];
    return [s, { failures: checker + adjustment, exampleCallIds: examples.slice(0, MAX_EXAMPLES) }];
  });
  return Object.fromEntries(entries) as Record<Standard, FailureCount>;
}

const ascending = (ids: number[]) => [...ids].sort((a, b) => a - b);
