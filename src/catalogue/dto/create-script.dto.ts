import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length, Matches } from 'class-validator';

export class CreateScriptDto {
  @ApiProperty({ example: 'v3' })
  @Matches(/^[A-Za-z0-9._-]{1,32}$/, { message: 'version must be 1-32 letters, digits, ., _ or -' })
  version: string;

  @ApiProperty({ enum: ['marketing', 'confirmation'] })
  @IsIn(['marketing', 'confirmation'], {
    message: 'purpose must be one of: marketing, confirmation',
  })
  purpose: 'marketing' | 'confirmation';

  @ApiProperty({ description: 'One section per line: "[name] words"' })
  @IsString()
  @Length(1, 20_000)
  text: string;
}
