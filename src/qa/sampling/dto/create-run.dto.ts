import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import type { SamplingTier } from '../../domain/index.js';

export const TIERS = ['daily', 'weekly'] as const;

export class CreateRunDto {
  @ApiProperty({ enum: TIERS })
  @IsIn(TIERS as unknown as string[], { message: `tier must be one of: ${TIERS.join(', ')}` })
  tier: SamplingTier;

  @ApiProperty({ example: '2026-11-20', description: 'YYYY-MM-DD (daily) or YYYY-Www (weekly)' })
  @IsString()
  @Length(1, 10)
  period: string;
}
