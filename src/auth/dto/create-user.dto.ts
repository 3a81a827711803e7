import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { ROLES, type Role } from '../../common/access/roles.js';
import { IsPassword } from './password.dto.js';

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

  @ApiPropertyOptional({
    description: 'Sign-in name for a person (console); machine clients have none',
    example: 'wang.fang',
  })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9._-]{1,63}$/, {
    message: 'username must be 2-64 lower-case letters, digits, ".", "_" or "-"',
  })
  username?: string;

  @ApiPropertyOptional({
    description: 'With a username: the person signs in with it and gets no API token',
  })
  @IsOptional()
  @IsPassword()
  password?: string;
}
