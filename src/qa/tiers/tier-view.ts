import { ApiProperty } from '@nestjs/swagger';
import type { QaTier } from './qa-tier.entity.js';

const PPM = 1_000_000;

/** A sampling tier stored as a row (GET/PUT /api/qa/tiers). */
export class TierView {
  @ApiProperty({ example: 'work_order' }) tier!: string;
  @ApiProperty({ example: 'complaint', description: 'What the tier samples' }) subject!: string;
  @ApiProperty({ example: 'week', description: 'The period one draw covers' }) periodKind!: string;
  @ApiProperty({ description: 'Share drawn at random, 0..1' }) rate!: number;
  @ApiProperty() reviewerRole!: string;
  @ApiProperty() reviewDueBusinessDays!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: String, nullable: true }) updatedBy!: string | null;
}

export function toTierView(t: QaTier): TierView {
  return {
    tier: t.tier,
    subject: t.subject,
    periodKind: t.periodKind,
    rate: t.ratePpm / PPM,
    reviewerRole: t.reviewerRole,
    reviewDueBusinessDays: t.dueBusinessDays,
    updatedAt: t.updatedAt.toISOString(),
    updatedBy: t.updatedBy,
  };
}
