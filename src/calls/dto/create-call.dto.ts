import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import { OUTCOMES, PURPOSES, type CallOutcome, type CallPurpose } from '../call.entity.js';
import { IsTranscript, TranscriptSegmentDto } from './transcript-segment.dto.js';

export class CreateCallDto {
  @ApiProperty({ example: 'C-20261120-000123' })
  @Matches(/^[A-Za-z0-9._:-]{1,64}$/, {
    message: 'externalId must be 1-64 letters, digits, ., _, : or -',
  })
  externalId: string;

  @ApiProperty({ example: 'A007' }) @IsString() @Length(1, 32) agentCode: string;
  @ApiProperty({ example: 'MUSIC10' }) @IsString() @Length(1, 32) productCode: string;

  @ApiPropertyOptional({ example: 'v3' })
  @IsOptional()
  @IsString()
  @Length(1, 32)
  scriptVersion?: string;

  @ApiProperty({ example: '+86 138 0013 8000' }) @IsString() @Length(1, 40) phone: string;

  @ApiProperty({ enum: PURPOSES })
  @IsIn(PURPOSES as unknown as string[], {
    message: `purpose must be one of: ${PURPOSES.join(', ')}`,
  })
  purpose: CallPurpose;

  @ApiProperty({ enum: OUTCOMES })
  @IsIn(OUTCOMES as unknown as string[], {
    message: `outcome must be one of: ${OUTCOMES.join(', ')}`,
  })
  outcome: CallOutcome;

  @ApiProperty({ example: '2026-11-20T09:15:00+08:00' })
  @IsISO8601({ strict: true }, { message: 'startedAt must be an ISO-8601 timestamp with offset' })
  @Matches(/(Z|[+-]\d{2}:?\d{2})$/, { message: 'startedAt must carry a time zone offset' })
  startedAt: string;

  @ApiProperty({ example: 185 }) @IsInt() @Min(0) @Max(86_400) durationSeconds: number;

  @ApiPropertyOptional({ example: '2026-11-20/C-20261120-000123.wav' })
  @IsOptional()
  @IsString()
  @Length(1, 512)
  recordingFile?: string;

  @ApiPropertyOptional({ type: [TranscriptSegmentDto] })
  @IsOptional()
  @IsTranscript()
  transcript?: TranscriptSegmentDto[];

  @ApiPropertyOptional({ description: 'Required when purpose is confirmation' })
  @ValidateIf((o: CreateCallDto) => o.purpose === 'confirmation' || o.trialId !== undefined)
  @IsInt({ message: 'trialId must be an integer (required when purpose is confirmation)' })
  @Min(1)
  trialId?: number;
}
