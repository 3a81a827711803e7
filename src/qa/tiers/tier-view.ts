import { ApiProperty } from '@nestjs/swagger';
import type { QaTier } from './qa-tier.entity.js';
import { toTierPlan } from './tier-plan.js';

/** A sampling tier stored as a row (GET/POST/PUT /api/qa/tiers). */
export class TierView {
  @ApiProperty({ example: 'daily' }) tier!: string;
  @ApiProperty({ example: 'call', description: 'What the tier samples: call or complaint' })
  subject!: string;
  @ApiProperty({ example: 'day', description: 'The period one draw covers: day, week or month' })
  periodKind!: string;
  @ApiProperty({ description: 'Share drawn at random, 0..1' }) rate!: number;
  @ApiProperty() reviewerRole!: string;
  @ApiProperty() reviewDueBusinessDays!: number;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Six-field cron (CENTRE_TZ) of the scheduled draw; null: by hand only',
  })
  schedule!: string | null;
  @ApiProperty({
    example: '每日抽查',
    description: 'The console name (from the period kind if unset)',
  })
  label!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: String, nullable: true }) updatedBy!: string | null;
}

export function toTierView(t: QaTier): TierView {
  const plan = toTierPlan(t);
  return {
    tier: t.tier,
    subject: t.subject,
    periodKind: t.periodKind,
    rate: plan.rate,
    reviewerRole: t.reviewerRole,
    reviewDueBusinessDays: t.dueBusinessDays,
    schedule: t.schedule,
    label: plan.label,
    updatedAt: t.updatedAt.toISOString(),
    updatedBy: t.updatedBy,
  };
}
