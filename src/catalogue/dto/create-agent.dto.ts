import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';

export const CODE_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
export const CODE_MESSAGE = '$property must be 1-32 letters, digits, _ or -';

export class CreateAgentDto {
  @ApiProperty({ example: 'A007' })
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code: string;

  @ApiProperty({ example: '李娜' })
  @IsString()
  @Length(1, 120)
  name: string;

  @ApiPropertyOptional({ example: 'T1' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  team?: string;
}
