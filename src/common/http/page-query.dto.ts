import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsRowId } from '../validation/row-id.js';

/** An optional page size in a query string: an integer from 1 to `max`. */
export function PageLimit(max: number, byDefault: number): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ default: byDefault, minimum: 1, maximum: max }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(max),
  );
}

/** An optional number of rows to skip (offset paging of a list in a fixed order). */
export function PageOffset(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ default: 0, minimum: 0, description: 'Rows to skip (paging)' }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(0),
    Max(10_000_000),
  );
}

/** Cursor paging shared by list routes: newest first, `cursor` = the last id seen. */
export class PageQuery {
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsRowId('cursor') cursor?: number;

  @PageLimit(500, 50) limit?: number;
}
