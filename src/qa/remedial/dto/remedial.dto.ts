import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Min } from 'class-validator';
import type { RemedialStatus } from '../remedial-task.entity.js';

const STATUSES = ['open', 'done', 'cancelled'];

export class ListRemedialQuery {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES, { message: `status must be one of: ${STATUSES.join(', ')}` })
  status?: RemedialStatus;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 32) agentCode?: string;
}

export class RemedialOutcomeDto {
  @ApiProperty({
    description: 'The call-back: a stored call with purpose remedial to the same phone',
  })
  @IsInt({ message: 'callId must be an integer' })
  @Min(1, { message: 'callId must be a positive integer' })
  callId: number;

  @ApiProperty({ description: 'Did the customer agree to the original sale? false cancels it' })
  @IsBoolean({ message: 'customerAgreed must be a boolean' })
  customerAgreed: boolean;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 2000) note?: string;
}
