import { IsOptional, IsString, Length } from 'class-validator';

export class SignInDto {
  @IsString({ message: 'token is required' })
  @Length(1, 200, { message: 'token is required' })
  token: string;

  /** The page the visitor was sent away from; only console and report pages are honoured. */
  @IsOptional()
  @IsString()
  @Length(0, 500)
  next?: string;
}
