import { ApiProperty } from '@nestjs/swagger';
import type { RuleResult } from '../../compliance/types.js';
import { type Agreement, agreementOf } from '../domain/calibration.js';
import type { HumanResult } from '../domain/human-result.js';
import {
  checkerRulesOf,
  type Review,
  type ReviewComment,
  rulesOf,
  type Standard,
  STANDARDS,
} from './review.entity.js';

/** One result per standard; `T` is the result a side can give. */
function perStandard(values: readonly string[], description: string) {
  class PerStandard {}
  for (const s of STANDARDS) ApiProperty({ enum: values, description })(PerStandard.prototype, s);
  return PerStandard;
}
class HumanRulesView extends perStandard(['pass', 'fail'], 'Reviewer verdict') {}
class CheckerRulesView extends perStandard(['pass', 'fail', 'unknown'], 'Checker verdict') {}
class AgreementView extends perStandard(
  ['agree', 'disagree', 'checker_unknown'],
  'Reviewer vs checker',
) {}

export class ReviewerView {
  @ApiProperty() id!: number;
  @ApiProperty() name!: string;
  @ApiProperty() role!: string;
}

export class ReviewCommentView implements ReviewComment {
  @ApiProperty({ description: 'Position in the recording, ms' }) atMs!: number;
  @ApiProperty() text!: string;
}

export class CheckerSideView {
  @ApiProperty({ enum: ['valid', 'invalid', 'needs_review'] }) status!: string;
  @ApiProperty({ type: CheckerRulesView }) rules!: Record<Standard, RuleResult>;
}

/** A review with the checker's verdict beside it and where the two agree. */
export class ReviewView {
  @ApiProperty() id!: number;
  @ApiProperty() itemId!: number;
  @ApiProperty() callId!: number;
  @ApiProperty() agentCode!: string;
  @ApiProperty({ type: String, example: 'daily' }) tier!: Review['tier'];
  @ApiProperty({ enum: ['review', 'overturn'] }) kind!: Review['kind'];
  @ApiProperty({ enum: ['current', 'overturned'] }) status!: 'current' | 'overturned';
  @ApiProperty() reviewer!: ReviewerView;
  @ApiProperty({ type: HumanRulesView }) rules!: Record<Standard, HumanResult>;
  @ApiProperty() passed!: boolean;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @ApiProperty({ type: [ReviewCommentView] }) comments!: ReviewCommentView[];
  @ApiProperty() checker!: CheckerSideView;
  @ApiProperty({ type: AgreementView }) agreement!: Record<Standard, Agreement>;
  @ApiProperty({ type: Number, nullable: true }) overturnsReviewId!: number | null;
  @ApiProperty({ type: String, nullable: true }) overturnReason!: string | null;
  @ApiProperty({ type: Number, nullable: true }) overturnedByReviewId!: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export function toReviewView(r: Review): ReviewView {
  const checker = checkerRulesOf(r);
  const rules = rulesOf(r);
  return {
    id: r.id,
    itemId: r.itemId,
    callId: r.callId,
    agentCode: r.agentCode,
    tier: r.tier,
    kind: r.kind,
    status: r.overturnedByReviewId === null ? 'current' : 'overturned',
    reviewer: { id: r.reviewerId, name: r.reviewerName, role: r.reviewerRole },
    rules,
    passed: r.passed,
    notes: r.notes,
    comments: r.comments ?? [],
    checker: { status: r.checkerStatus, rules: checker },
    agreement: Object.fromEntries(
      STANDARDS.map((s) => [s, agreementOf(rules[s], checker[s])]),
    ) as Record<Standard, Agreement>,
    overturnsReviewId: r.overturnsReviewId,
    overturnReason: r.overturnReason,
    overturnedByReviewId: r.overturnedByReviewId,
    createdAt: r.createdAt.toISOString(),
  };
}
