import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '../../common/http/page-query.dto.js';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { OUTCOMES, PURPOSES } from '../call.entity.js';
import { IsLocalDate } from '../../common/validation/dates.js';
import { STANDARDS, type Standard } from '../../compliance/index.js';

export class ListCallsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'First local date (CENTRE_TZ), inclusive' })
  @IsOptional()
  @IsLocalDate('from')
  from?: string;

  @ApiPropertyOptional({ description: 'Last local date (CENTRE_TZ), inclusive' })
  @IsOptional()
  @IsLocalDate('to')
  to?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() agentCode?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() productCode?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() phone?: string;

  @ApiPropertyOptional({ enum: PURPOSES })
  @IsOptional()
  @IsIn(PURPOSES as unknown as string[])
  purpose?: string;

  @ApiPropertyOptional({ enum: OUTCOMES })
  @IsOptional()
  @IsIn(OUTCOMES as unknown as string[])
  outcome?: string;

  @ApiPropertyOptional({ enum: ['valid', 'invalid', 'needs_review'], description: 'Final status' })
  @IsOptional()
  @IsIn(['valid', 'invalid', 'needs_review'])
  status?: string;

  @ApiPropertyOptional({ enum: STANDARDS, description: 'Calls that failed this standard' })
  @IsOptional()
  @IsIn(STANDARDS as unknown as string[])
  failed?: Standard;
}
