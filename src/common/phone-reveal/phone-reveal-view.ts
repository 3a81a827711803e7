import { ApiProperty } from '@nestjs/swagger';
import { PHONE_KINDS, type PhoneKind } from './phone-kinds.js';

/** One full number, shown to one viewer once; the audit log has the row. */
export class PhoneRevealView {
  @ApiProperty({ enum: PHONE_KINDS }) kind!: PhoneKind;
  @ApiProperty() id!: number;
  @ApiProperty({ description: 'The full number, normalised', example: '13800138000' })
  phone!: string;
}
