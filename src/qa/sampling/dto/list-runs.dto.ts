import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageLimit } from '../../../common/http/page-query.dto.js';
import type { SamplingTier } from '../../domain/index.js';
import { TIERS } from './create-run.dto.js';
import { IsLocalDate } from '../../../common/validation/dates.js';

export class ListRunsQuery {
  @ApiPropertyOptional({ enum: TIERS })
  @IsOptional()
  @IsIn(TIERS as unknown as string[], { message: `tier must be one of: ${TIERS.join(', ')}` })
  tier?: SamplingTier;

  @ApiPropertyOptional({ description: 'Runs whose period ends after this local date starts' })
  @IsOptional()
  @IsLocalDate('from')
  from?: string;

  @ApiPropertyOptional({ description: 'Runs whose period starts by the end of this local date' })
  @IsOptional()
  @IsLocalDate('to')
  to?: string;

  @PageLimit(500, 100) limit?: number;
}
