import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { PageLimit } from '../../../common/http/page-query.dto.js';
import type { SamplingTier } from '../../domain/index.js';
import { IsTierId } from '../../tiers/dto/tier-params.dto.js';
import { IsLocalDate } from '../../../common/validation/dates.js';

export class ListRunsQuery {
  @ApiPropertyOptional({ example: 'daily' })
  @IsOptional()
  @IsTierId()
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
