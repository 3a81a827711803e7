import { STANDARDS, type RuleResult, type Standard } from '../../compliance/index.js';
import type { HumanResult } from './human-result.js';

/**
 * Agreement between a reviewer and the checker, per standard. The checker's
 * `unknown` (it could not decide, e.g. no transcript) is counted on its own,
 * neither agreement nor disagreement: it says the checker needs coverage, not
 * that it judged wrongly. agreementRate = agree / (agree + disagree).
 * Disagreements are split by direction: the checker passed what the human
 * failed (it is too lenient: fix the checker) or failed what the human
 * passed (too strict, or the reviewer needs training).
 */
export type Agreement = 'agree' | 'disagree' | 'checker_unknown';

export function agreementOf(human: HumanResult, checker: RuleResult): Agreement {
  if (checker === 'unknown') return 'checker_unknown';
  return human === checker ? 'agree' : 'disagree';
}

export interface CalibrationReview {
  reviewerId: number;
  reviewerName: string;
  human: Record<Standard, HumanResult>;
  checker: Record<Standard, RuleResult>;
}

export interface Figures {
  compared: number;
  agree: number;
  disagree: number;
  checkerUnknown: number;
  agreementRate: number | null;
  checkerPassedHumanFailed: number;
  checkerFailedHumanPassed: number;
}

/** The standards on which the reviewer and the checker reached opposite verdicts. */
export function disagreements(review: Pick<CalibrationReview, 'human' | 'checker'>): Standard[] {
  return STANDARDS.filter((s) => agreementOf(review.human[s], review.checker[s]) === 'disagree');
}

function figures(pairs: [HumanResult, RuleResult][]): Figures {
  const f = { compared: pairs.length, agree: 0, disagree: 0, checkerUnknown: 0 };
  let lenient = 0;
  let strict = 0;
  for (const [human, checker] of pairs) {
    const a = agreementOf(human, checker);
    if (a === 'agree') f.agree++;
    else if (a === 'checker_unknown') f.checkerUnknown++;
    else {
      f.disagree++;
      if (checker === 'pass') lenient++;
      else strict++;
    }
  }
  const decided = f.agree + f.disagree;
  return {
    ...f,
    agreementRate: decided === 0 ? null : f.agree / decided,
    checkerPassedHumanFailed: lenient,
    checkerFailedHumanPassed: strict,
  };
}

function byStandard(reviews: readonly CalibrationReview[]): Record<Standard, Figures> {
  return Object.fromEntries(
    STANDARDS.map((s) => [s, figures(reviews.map((r) => [r.human[s], r.checker[s]]))]),
  ) as Record<Standard, Figures>;
}

export function calibrate(reviews: readonly CalibrationReview[]) {
  const reviewers = new Map<number, CalibrationReview[]>();
  for (const r of reviews) reviewers.set(r.reviewerId, [...(reviewers.get(r.reviewerId) ?? []), r]);
  return {
    reviews: reviews.length,
    overall: figures(
      reviews.flatMap((r) =>
        STANDARDS.map((s) => [r.human[s], r.checker[s]] as [HumanResult, RuleResult]),
      ),
    ),
    standards: byStandard(reviews),
    reviewers: [...reviewers.entries()]
      .sort(([a], [b]) => a - b)
      .map(([reviewerId, own]) => ({
        reviewerId,
        reviewerName: own[0].reviewerName,
        reviews: own.length,
        ...figures(
          own.flatMap((r) =>
            STANDARDS.map((s) => [r.human[s], r.checker[s]] as [HumanResult, RuleResult]),
          ),
        ),
        standards: byStandard(own),
      })),
  };
}
