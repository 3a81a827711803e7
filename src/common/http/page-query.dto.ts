import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsRowId } from '../validation/row-id.js';

/** Cursor paging shared by list routes: newest first, `cursor` = the last id seen. */
export class PageQuery {
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsRowId('cursor') cursor?: number;

  @ApiPropertyOptional({ default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}
