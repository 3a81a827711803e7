import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The one error body every failure answers with (written by AllExceptionsFilter). */
export class ErrorView {
  @ApiProperty({ example: 400, description: 'HTTP status code, repeated in the body' })
  statusCode!: number;

  @ApiProperty({
    example: 'VALIDATION_FAILED',
    description:
      'Stable SCREAMING_SNAKE code to branch on (e.g. TRIAL_STEP_OUT_OF_ORDER, NOT_FOUND, ' +
      'VALIDATION_FAILED, INTERNAL); the message is for people and may change',
  })
  code!: string;

  @ApiProperty({ example: 'Bad Request', description: 'Reason phrase of the status code' })
  error!: string;

  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    description: 'What went wrong; validation failures list one message per field',
  })
  message!: string | string[];

  @ApiPropertyOptional({ description: 'Request id to quote when reporting a 500' })
  requestId?: string;
}
