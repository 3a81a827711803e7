import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Min } from 'class-validator';
import { CONFIRMATION_OUTCOMES, type ConfirmationOutcome } from '../domain/index.js';

export class RecordOutcomeDto {
  @ApiProperty({ enum: CONFIRMATION_OUTCOMES })
  @IsIn(CONFIRMATION_OUTCOMES as unknown as string[], {
    message: `outcome must be one of: ${CONFIRMATION_OUTCOMES.join(', ')}`,
  })
  outcome: ConfirmationOutcome;

  @ApiProperty({ description: 'A stored call with purpose confirmation for this trial' })
  @IsInt({ message: 'callId must be the id of a stored confirmation call' })
  @Min(1, { message: 'callId must be the id of a stored confirmation call' })
  callId: number;
}
