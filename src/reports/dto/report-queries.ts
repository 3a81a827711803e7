import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

const WEEK_HELP = 'an ISO week YYYY-Www such as 2026-W47';

export class WeeklyReportQuery {
  @ApiProperty({ example: '2026-W47', description: 'ISO week, Monday–Sunday in CENTRE_TZ' })
  @IsString({ message: `week is required: ${WEEK_HELP}` })
  @Length(1, 16, { message: `week must be ${WEEK_HELP}` })
  week: string;

  @ApiPropertyOptional({
    enum: ['json', 'csv'],
    description: 'Overrides the Accept header (for download links)',
  })
  @IsOptional()
  @IsIn(['json', 'csv'], { message: 'format must be json or csv' })
  format?: 'json' | 'csv';
}

export class RevisionPageQuery {
  @ApiPropertyOptional({ description: 'Show this stored revision instead of live figures' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'revision must be a positive integer' })
  @Min(1, { message: 'revision must be a positive integer' })
  @Max(1_000_000, { message: 'revision must be a positive integer' })
  revision?: number;
}

export class CreateRevisionDto {
  @ApiPropertyOptional({ example: '复核改判 3 通成交为无效后重新生成' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  reason?: string;
}
