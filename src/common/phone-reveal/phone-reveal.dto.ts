import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { IsRowId } from '../validation/row-id.js';
import { PHONE_KINDS, type PhoneKind } from './phone-kinds.js';

export class RevealPhoneDto {
  @ApiProperty({ enum: PHONE_KINDS, description: 'What holds the number' })
  @IsIn(PHONE_KINDS as unknown as string[], {
    message: `kind must be one of: ${PHONE_KINDS.join(', ')}`,
  })
  kind: PhoneKind;

  @ApiProperty({ description: "The call's, complaint's or trial's id" })
  @IsRowId('id')
  id: number;

  @ApiPropertyOptional({ description: 'Why the number is needed (kept in the audit row)' })
  @IsOptional()
  @IsString({ message: 'reason must be a string' })
  @Length(1, 500, { message: 'reason must be 1 to 500 characters' })
  reason?: string;
}
