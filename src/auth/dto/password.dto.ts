import { ApiProperty } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import { IsString, Length } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../password.js';

export const IsPassword = () =>
  applyDecorators(
    IsString({ message: 'password must be a string' }),
    Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, {
      message: `password must be ${PASSWORD_MIN_LENGTH}-${PASSWORD_MAX_LENGTH} characters`,
    }),
  );

export class ChangePasswordDto {
  @ApiProperty() @IsString() @Length(1, PASSWORD_MAX_LENGTH) currentPassword: string;
  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH }) @IsPassword() newPassword: string;
}

export class ResetPasswordDto {
  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH }) @IsPassword() newPassword: string;
}

export class CreateTokenDto {
  @ApiProperty({ example: 'dialer (pbx-2)' }) @IsString() @Length(1, 120) name: string;
}
