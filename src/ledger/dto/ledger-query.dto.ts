import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class LedgerPhoneQuery {
  @ApiProperty({ description: 'The subscriber, in any spelling', example: '+86 138 0013 8000' })
  @IsString()
  @Length(1, 40)
  phone!: string;
}
