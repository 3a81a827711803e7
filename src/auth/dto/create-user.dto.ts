import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { ROLES, type Role } from '../roles.js';

export class CreateUserDto {
  @ApiProperty({ example: '王质检' })
  @IsString()
  @Length(1, 120)
  name: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES as unknown as string[], { message: `role must be one of: ${ROLES.join(', ')}` })
  role: Role;

  @ApiPropertyOptional({ description: 'Agent code when the user is also a call-centre agent' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,32}$/, { message: 'agentCode must be 1-32 letters, digits, _ or -' })
  agentCode?: string;
}
