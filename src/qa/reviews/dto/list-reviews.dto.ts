import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional } from 'class-validator';
import { IsRowId } from '../../../common/validation/row-id.js';

export class ListReviewsQuery {
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsRowId('callId') callId?: number;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsRowId('itemId') itemId?: number;
}
