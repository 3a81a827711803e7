import { ApiProperty } from '@nestjs/swagger';
import { STANDARDS, type Standard } from '../../compliance/index.js';
import { iso } from '../../common/http/view-props.js';
import type { RemedialStatus, RemedialTask } from './remedial-task.entity.js';

export class CompletedByView {
  @ApiProperty() id!: number;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
}

export class RemedialOutcomeView {
  @ApiProperty({ type: Number, nullable: true }) callbackCallId!: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) customerAgreed!: boolean | null;
  @ApiProperty() subscriptionCancelled!: boolean;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The overturn that withdrew a cancelled task',
  })
  cancelledByReviewId!: number | null;
  @ApiProperty({ type: String, nullable: true, description: "That overturn's reason" })
  cancelReason!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt!: string | null;
  @ApiProperty({ type: CompletedByView, nullable: true }) completedBy!: CompletedByView | null;
}

/** A remedial call task (补救回访) as the API shows it; `outcome` is null while open. */
export class RemedialTaskView {
  @ApiProperty() id!: number;
  @ApiProperty() callId!: number;
  @ApiProperty() phone!: string;
  @ApiProperty() agentCode!: string;
  @ApiProperty() productCode!: string;
  @ApiProperty({
    description: 'The failure in one English sentence (tier, review, call, standards)',
  })
  reason!: string;
  @ApiProperty({ type: String, nullable: true, description: "The failing review's tier" })
  tier!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '每日抽查',
    description: "The tier's Chinese label (its row in GET /api/qa/tiers); null without one",
  })
  tierLabel!: string | null;
  @ApiProperty({ type: [String], enum: STANDARDS, description: 'The standards that review failed' })
  failedStandards!: Standard[];
  @ApiProperty({ enum: ['open', 'done', 'cancelled'] }) status!: RemedialStatus;
  @ApiProperty() reviewId!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: RemedialOutcomeView, nullable: true }) outcome!: RemedialOutcomeView | null;
}

const isStandard = (s: string): s is Standard => (STANDARDS as readonly string[]).includes(s);

/** Tier labels by id: the console words a task from them. */
export type TierLabels = ReadonlyMap<string, string>;

export function toTaskView(t: RemedialTask, labels: TierLabels = new Map()): RemedialTaskView {
  return {
    id: t.id,
    callId: t.callId,
    phone: t.phone,
    agentCode: t.agentCode,
    productCode: t.productCode,
    reason: t.reason,
    tier: t.tier,
    tierLabel: (t.tier && labels.get(t.tier)) ?? null,
    failedStandards: (t.failedStandards?.split(',') ?? []).filter(isStandard),
    status: t.status,
    reviewId: t.reviewId,
    createdAt: t.createdAt.toISOString(),
    outcome:
      t.status === 'open'
        ? null
        : {
            callbackCallId: t.callbackCallId,
            customerAgreed: t.customerAgreed,
            subscriptionCancelled: t.subscriptionCancelled,
            note: t.note,
            cancelledByReviewId: t.cancelledByReviewId,
            cancelReason: t.cancelReason,
            completedAt: iso(t.completedAt),
            completedBy:
              t.completedById === null ? null : { id: t.completedById, name: t.completedByName },
          },
  };
}
