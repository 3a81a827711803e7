import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '../../common/http/page-query.dto.js';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { COMPLAINT_STATUSES } from '../domain/complaint-lifecycle.js';
import { IsLocalDate } from '../../common/validation/dates.js';

export class ListComplaintsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: COMPLAINT_STATUSES })
  @IsOptional()
  @IsIn(COMPLAINT_STATUSES as unknown as string[], {
    message: `status must be one of: ${COMPLAINT_STATUSES.join(', ')}`,
  })
  status?: string;

  @ApiPropertyOptional({ description: 'Any spelling' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  phone?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 32) agentCode?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'escalated must be true or false' })
  escalated?: 'true' | 'false';

  @ApiPropertyOptional({ enum: ['true'], description: 'Only complaints past a time limit' })
  @IsOptional()
  @IsIn(['true'], { message: 'overdue must be true when given' })
  overdue?: 'true';

  @ApiPropertyOptional({ description: 'First local received date (CENTRE_TZ), inclusive' })
  @IsOptional()
  @IsLocalDate('from')
  from?: string;

  @ApiPropertyOptional({ description: 'Last local received date (CENTRE_TZ), inclusive' })
  @IsOptional()
  @IsLocalDate('to')
  to?: string;
}
