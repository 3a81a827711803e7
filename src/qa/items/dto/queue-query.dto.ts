import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { PageLimit, PageOffset } from '../../../common/http/page-query.dto.js';
import { STANDARDS, type Standard } from '../../../compliance/index.js';
import type { SampleReason, SamplingTier } from '../../domain/index.js';
import { REASONS } from '../../sampling/run-view.js';
import { IsTierId } from '../../tiers/dto/tier-params.dto.js';

export const QUEUE_SORTS = ['age', 'due', 'agent'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

/**
 * The reviewer's queue, narrowed and ordered in SQL so a queue of hundreds
 * pages the same as one of ten. Every filter is optional; together they AND.
 */
export class QueueQuery {
  @ApiPropertyOptional({ example: 'daily', description: 'A call tier of GET /api/qa/tiers' })
  @IsOptional()
  @IsTierId()
  tier?: SamplingTier;

  @ApiPropertyOptional({ enum: REASONS, description: 'Why the call was drawn' })
  @IsOptional()
  @IsIn(REASONS)
  reason?: SampleReason;

  @ApiPropertyOptional({
    enum: STANDARDS,
    description: 'Calls the checker failed on this standard',
  })
  @IsOptional()
  @IsIn(STANDARDS as unknown as string[])
  failedStandard?: Standard;

  @ApiPropertyOptional({ description: "The call's agent code, exactly", example: 'A002' })
  @IsOptional()
  @IsString()
  @Length(1, 32)
  agent?: string;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'Only overdue (true) or on-time (false) items',
  })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'overdue must be true or false' })
  overdue?: 'true' | 'false';

  @ApiPropertyOptional({
    description: "Part of the call's external id or agent code (case-insensitive)",
    example: 'CON-',
  })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  search?: string;

  @ApiPropertyOptional({
    enum: QUEUE_SORTS,
    default: 'age',
    description: 'age: drawn first first; due: nearest deadline first; agent: by agent code',
  })
  @IsOptional()
  @IsIn(QUEUE_SORTS)
  sort?: QueueSort;

  @PageLimit(500, 100) limit?: number;
  @PageOffset() offset?: number;
}
