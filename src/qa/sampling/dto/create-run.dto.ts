import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import type { SamplingTier } from '../../domain/index.js';
import { IsTierId } from '../../tiers/dto/tier-params.dto.js';

export class CreateRunDto {
  @ApiProperty({ example: 'daily', description: 'A call tier of GET /api/qa/tiers' })
  @IsTierId()
  tier: SamplingTier;

  @ApiProperty({
    example: '2026-11-20',
    description: "The tier's period: YYYY-MM-DD (day), YYYY-Www (week) or YYYY-MM (month)",
  })
  @IsString()
  @Length(1, 10)
  period: string;
}
