import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Length } from 'class-validator';
import type { RemedialStatus } from '../remedial-task.entity.js';
import { IsRowId } from '../../../common/validation/row-id.js';

const STATUSES = ['open', 'done', 'cancelled'];

export class ListRemedialQuery {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES, { message: `status must be one of: ${STATUSES.join(', ')}` })
  status?: RemedialStatus;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 32) agentCode?: string;

  @ApiPropertyOptional({ description: 'The tasks opened for this call (its call page)' })
  @IsOptional()
  @Type(() => Number)
  @IsRowId('callId')
  callId?: number;
}

export class RemedialOutcomeDto {
  @ApiProperty({
    description: 'The call-back: a stored call with purpose remedial to the same phone',
  })
  @IsRowId('callId')
  callId: number;

  @ApiProperty({ description: 'Did the customer agree to the original sale? false cancels it' })
  @IsBoolean({ message: 'customerAgreed must be a boolean' })
  customerAgreed: boolean;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 2000) note?: string;
}
