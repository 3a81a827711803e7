import { ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { CreateCallDto } from './create-call.dto.js';

/** The dry run reads only what the checker needs; other call fields are accepted and ignored. */
export class DryRunDto extends PickType(CreateCallDto, [
  'productCode',
  'scriptVersion',
  'purpose',
  'startedAt',
  'transcript',
] as const) {
  @ApiPropertyOptional({ example: '2026-12-19', description: 'Trial end for a confirmation call' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'trialEnd must be YYYY-MM-DD' })
  trialEnd?: string;

  @IsOptional() externalId?: string;
  @IsOptional() agentCode?: string;
  @IsOptional() phone?: string;
  @IsOptional() outcome?: string;
  @IsOptional() durationSeconds?: number;
  @IsOptional() recordingFile?: string;
  @IsOptional() trialId?: number;
}
