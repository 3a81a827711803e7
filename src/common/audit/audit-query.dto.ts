import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { IsInstant } from '../validation/dates.js';
import { IsRowId } from '../validation/row-id.js';

export class AuditQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() action?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() entity?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() entityId?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsRowId('actorId') actorId?: number;
  @ApiPropertyOptional({ description: 'ISO-8601 instant' })
  @IsOptional()
  @IsInstant('from')
  from?: string;
  @ApiPropertyOptional({ description: 'ISO-8601 instant' })
  @IsOptional()
  @IsInstant('to')
  to?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsRowId('cursor') cursor?: number;
  @ApiPropertyOptional({ default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}
