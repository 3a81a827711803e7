import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';
import { IsLocalDate } from '../../common/validation/dates.js';
import { IsRowId } from '../../common/validation/row-id.js';
import { STANDARDS, type Standard } from '../../compliance/index.js';

export const DIRECTIONS = ['lenient', 'strict'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export class CalibrationQuery {
  @ApiPropertyOptional({
    description: 'First local review date, inclusive (default: to − 29 days)',
  })
  @IsOptional()
  @IsLocalDate('from')
  from?: string;

  @ApiPropertyOptional({ description: 'Last local review date, inclusive (default: today)' })
  @IsOptional()
  @IsLocalDate('to')
  to?: string;
}

/** The reviews behind the calibration figures where reviewer and checker disagree. */
export class DisagreementsQuery extends CalibrationQuery {
  @ApiPropertyOptional({ enum: STANDARDS, description: 'Only disagreements on this standard' })
  @IsOptional()
  @IsIn(STANDARDS as unknown as string[])
  standard?: Standard;

  @ApiPropertyOptional({ description: 'Only this reviewer’s reviews' })
  @IsOptional()
  @Type(() => Number)
  @IsRowId('reviewerId')
  reviewerId?: number;

  @ApiPropertyOptional({
    enum: DIRECTIONS,
    description: 'lenient: the checker passed what the reviewer failed; strict: the reverse',
  })
  @IsOptional()
  @IsIn(DIRECTIONS)
  direction?: Direction;
}
