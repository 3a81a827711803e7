import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { IsTimeZone } from './is-time-zone.validator.js';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;

/**
 * Every environment variable the service reads, with its default. This class is
 * the only place that knows variable names; the rest of the code uses AppConfig.
 */
export class Environment {
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(65535) PORT: number = 3000;
  @IsOptional() @IsString() HOST: string = '0.0.0.0';
  @IsOptional() @IsString() DATA_DIR: string = './data';
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, {
    message: 'DATABASE_URL must start with postgres:// or postgresql://',
  })
  DATABASE_URL?: string;
  @IsOptional()
  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must start with redis:// or rediss://' })
  REDIS_URL: string = 'redis://127.0.0.1:6379';
  @IsOptional() @IsString() RECORDINGS_DIR?: string;
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'ADMIN_API_TOKEN must be at least 16 characters' })
  ADMIN_API_TOKEN?: string;
  @IsOptional() @IsTimeZone() CENTRE_TZ: string = 'Asia/Shanghai';
  @IsOptional() @IsIn(['all', 'api', 'worker']) APP_ROLE: 'all' | 'api' | 'worker' = 'all';
  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';
  @IsOptional() @Transform(toInt) @IsInt() @Min(1024) JSON_BODY_LIMIT_BYTES: number = 1024 * 1024;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1024) UPLOAD_LIMIT_BYTES: number = 1024 ** 3;
  @IsOptional() @IsUrl({ require_tld: false }) PUBLIC_URL?: string;
  /** Complaint time limits, counted from receipt (首问负责制: first contact, then resolution). */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(720) COMPLAINT_FIRST_CONTACT_HOURS: number =
    24;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(2160) COMPLAINT_RESOLUTION_HOURS: number =
    72;
}

export class EnvironmentError extends Error {}

export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const cleaned = Object.fromEntries(
    Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''),
  );
  const env = plainToInstance(Environment, cleaned, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.flatMap((e) =>
      Object.values(e.constraints ?? {}).map(
        (m) => `  ${e.property}=${JSON.stringify(raw[e.property])}: ${m}`,
      ),
    );
    throw new EnvironmentError(`Invalid environment configuration:\n${lines.join('\n')}`);
  }
  return env;
}
