import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { STANDARDS, type RuleResult, type Standard } from '../../compliance/index.js';
import { JsonColumn, LocalDateColumn, TimestampColumn } from '../../database/columns.js';
import type { HumanResult } from '../domain/human-result.js';
import type { SamplingTier } from '../domain/index.js';

export { STANDARDS, type Standard };
export type ReviewRules = Record<Standard, HumanResult>;
export interface ReviewComment {
  atMs: number;
  text: string;
}

/**
 * A human verdict per standard on a sampled call (严格登记抽查记录). An overturn
 * is a new row pointing at the one it replaces; the replaced row stays as history.
 */
@Entity('qa_reviews')
export class Review {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'integer', name: 'item_id' }) itemId: number;
  @Column({ type: 'integer', name: 'call_id' }) callId: number;
  @Column({ type: 'varchar', length: 32, name: 'agent_code' }) agentCode: string;
  @Column({ type: 'varchar', length: 8 }) tier: SamplingTier;
  @Column({ type: 'varchar', length: 10 }) kind: 'review' | 'overturn';
  @Column({ type: 'integer', name: 'reviewer_id' }) reviewerId: number;
  @Column({ type: 'varchar', length: 120, name: 'reviewer_name' }) reviewerName: string;
  @Column({ type: 'varchar', length: 32, name: 'reviewer_role' }) reviewerRole: string;
  /** The reviewer's result per standard, keyed by registry id: no column per standard. */
  @JsonColumn() rules: ReviewRules;
  @Column({ type: 'boolean', default: false }) passed: boolean;
  @Column({ type: 'text', nullable: true }) notes: string | null;
  @JsonColumn({ nullable: true }) comments: ReviewComment[] | null;
  /** What the checker said per standard when the human decided: calibration compares the two. */
  @JsonColumn({ name: 'checker_rules' }) checkerRules: Record<Standard, RuleResult>;
  @Column({ type: 'varchar', length: 16, name: 'checker_status' }) checkerStatus: string;
  @Column({ type: 'integer', name: 'overturns_review_id', nullable: true })
  overturnsReviewId: number | null;
  @Column({ type: 'text', name: 'overturn_reason', nullable: true }) overturnReason: string | null;
  @Column({ type: 'integer', name: 'overturned_by_review_id', nullable: true })
  overturnedByReviewId: number | null;
  @TimestampColumn({ name: 'created_at' }) createdAt: Date;
  /** Local date (CENTRE_TZ) of the review: calibration windows are by it. */
  @LocalDateColumn({ name: 'review_date' }) reviewDate: string;
}

/** The reviewer's results in registry order (a copy: callers may not change the stored row). */
export function rulesOf(review: Review): ReviewRules {
  return Object.fromEntries(STANDARDS.map((s) => [s, review.rules[s]])) as ReviewRules;
}

/**
 * The checker's results as the review recorded them; a standard added after the
 * review was made reads unknown (the checker had no verdict on it then).
 */
export function checkerRulesOf(review: Review): Record<Standard, RuleResult> {
  const stored = review.checkerRules as Partial<Record<Standard, RuleResult>>;
  return Object.fromEntries(STANDARDS.map((s) => [s, stored[s] ?? 'unknown'])) as Record<
    Standard,
    RuleResult
  >;
}

export function failedStandards(rules: ReviewRules): Standard[] {
  return STANDARDS.filter((s) => rules[s] === 'fail');
}
