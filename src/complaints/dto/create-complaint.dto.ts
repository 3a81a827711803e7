import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';
import { SEVERITIES, type Severity } from '../complaint.entity.js';
import { IsRowId } from '../../common/validation/row-id.js';

export class CreateComplaintDto {
  @ApiProperty({ example: '+86 138 0013 8000' }) @IsString() @Length(1, 40) phone: string;

  @ApiProperty({ enum: SEVERITIES })
  @IsIn(SEVERITIES as unknown as string[], {
    message: `severity must be one of: ${SEVERITIES.join(', ')}`,
  })
  severity: Severity;

  @ApiProperty({ example: '骚扰电话' }) @IsString() @Length(1, 64) category: string;

  @ApiProperty({ example: '一天内接到三次推销电话，要求不要再给我打电话' })
  @IsString()
  @Length(1, 4000)
  description: string;

  @ApiPropertyOptional({ description: 'The call complained about; its agent is recorded' })
  @IsOptional()
  @IsRowId('callId')
  callId?: number;

  @ApiPropertyOptional({
    example: '2026-11-20T09:15:00+08:00',
    description: 'Defaults to now; carrier-forwarded complaints carry their own time',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'receivedAt must be an ISO-8601 timestamp with offset' })
  @Matches(/(Z|[+-]\d{2}:?\d{2})$/, { message: 'receivedAt must carry a time zone offset' })
  receivedAt?: string;

  @ApiPropertyOptional({ description: 'The customer asked never to be called again' })
  @IsOptional()
  @IsBoolean({ message: 'optOut must be a boolean' })
  optOut?: boolean;
}
