import { IsOptional, IsString, Length } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '../auth/password.js';

export class SignInDto {
  @IsString({ message: 'username is required' })
  @Length(1, 64, { message: 'username is required' })
  username: string;

  @IsString({ message: 'password is required' })
  @Length(1, PASSWORD_MAX_LENGTH, { message: 'password is required' })
  password: string;

  /** The page the visitor was sent away from; only console and report pages are honoured. */
  @IsOptional()
  @IsString()
  @Length(0, 500)
  next?: string;
}
