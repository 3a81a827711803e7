import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { COMPLAINT_STATUSES, type ComplaintStatus } from '../domain/complaint-lifecycle.js';

export class TransitionComplaintDto {
  @ApiProperty({ enum: COMPLAINT_STATUSES })
  @IsIn(COMPLAINT_STATUSES as unknown as string[], {
    message: `to must be one of: ${COMPLAINT_STATUSES.join(', ')}`,
  })
  to: ComplaintStatus;

  @ApiPropertyOptional({ example: '已联系客户，核实通话录音' })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  note?: string;

  @ApiPropertyOptional({
    description: 'How the complaint was dealt with (reported to the carrier)',
  })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  outcome?: string;

  @ApiPropertyOptional({
    description:
      'At the call-back (to: called_back): was the customer satisfied? false reopens the ' +
      'complaint (back to valid, same owner, new resolution deadline)',
  })
  @IsOptional()
  @IsBoolean({ message: 'satisfied must be a boolean' })
  satisfied?: boolean;

  @ApiPropertyOptional({
    description: 'At the call-back (to: called_back): the customer could not be reached',
  })
  @IsOptional()
  @IsBoolean({ message: 'unreachable must be a boolean' })
  unreachable?: boolean;

  @ApiPropertyOptional({ description: 'The customer asked never to be called again' })
  @IsOptional()
  @IsBoolean({ message: 'optOut must be a boolean' })
  optOut?: boolean;
}
