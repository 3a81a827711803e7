import { ApiProperty } from '@nestjs/swagger';
import type { Penalty } from './penalty.entity.js';

/** 处罚 as the API shows it; rescinded (never deleted) when its review is overturned. */
export class PenaltyView {
  @ApiProperty() id!: number;
  @ApiProperty() agentCode!: string;
  @ApiProperty() callId!: number;
  @ApiProperty() reviewId!: number;
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) rescindedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) rescindedReason!: string | null;
}

export function toPenaltyView(p: Penalty): PenaltyView {
  return {
    id: p.id,
    agentCode: p.agentCode,
    callId: p.callId,
    reviewId: p.reviewId,
    reason: p.reason,
    createdAt: p.createdAt.toISOString(),
    rescindedAt: p.rescindedAt ? p.rescindedAt.toISOString() : null,
    rescindedReason: p.rescindedReason,
  };
}
