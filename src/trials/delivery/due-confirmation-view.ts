import { ApiProperty } from '@nestjs/swagger';
import type { DueConfirmation } from './due-confirmations.service.js';

/** The documented shape of DueConfirmation; implementing it keeps the two in step. */
export class DueConfirmationView implements DueConfirmation {
  @ApiProperty() trialId!: number;
  @ApiProperty({ enum: [1, 2] }) step!: number;
  @ApiProperty() attempt!: number;
  @ApiProperty() phone!: string;
  @ApiProperty() productCode!: string;
  @ApiProperty() productName!: string;
  @ApiProperty({ format: 'date', description: 'Last free day' }) trialEnd!: string;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) callingSince!: string | null;
  @ApiProperty({ type: String, nullable: true }) scriptVersion!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'The approved confirmation script with price, end date and cancel method filled in',
  })
  script!: string | null;
}
