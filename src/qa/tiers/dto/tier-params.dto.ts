import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

/** The tiers stored as rows; the call tiers are still edited through /api/qa/plans. */
export const ROW_TIERS = ['work_order'] as const;
export type RowTier = (typeof ROW_TIERS)[number];

export class TierParams {
  @ApiProperty({ enum: ROW_TIERS })
  @IsIn(ROW_TIERS as unknown as string[], {
    message: `tier must be one of: ${ROW_TIERS.join(', ')}`,
  })
  tier: RowTier;
}
