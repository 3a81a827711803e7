import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import type { SamplingTier } from '../../domain/index.js';
import { TIERS } from './create-run.dto.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class ListRunsQuery {
  @ApiPropertyOptional({ enum: TIERS })
  @IsOptional()
  @IsIn(TIERS as unknown as string[], { message: `tier must be one of: ${TIERS.join(', ')}` })
  tier?: SamplingTier;

  @ApiPropertyOptional({ description: 'Runs whose period ends after this local date starts' })
  @IsOptional()
  @Matches(DATE, { message: 'from must be YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ description: 'Runs whose period starts by the end of this local date' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be YYYY-MM-DD' })
  to?: string;

  @ApiPropertyOptional({ default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}
