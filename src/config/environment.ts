import { availableParallelism } from 'node:os';
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
  ValidateIf,
  validateSync,
} from 'class-validator';
import { IsCallingWindow } from './is-calling-window.validator.js';
import { IsTestOnly } from './is-test-only.validator.js';
import { IsTimeZone } from './is-time-zone.validator.js';

const WEBHOOK_URL = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };

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
  /** Worker threads that run the checker during bulk imports; 0 checks on the main thread. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(64) CHECKER_THREADS: number = Math.max(
    1,
    availableParallelism() - 1,
  );
  @IsOptional() @IsUrl({ require_tld: false }) PUBLIC_URL?: string;
  /** Complaint time limits, counted from receipt (首问负责制: first contact, then resolution). */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(720) COMPLAINT_FIRST_CONTACT_HOURS: number =
    24;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(2160) COMPLAINT_RESOLUTION_HOURS: number =
    72;
  /** QA draws on a schedule (workers only): `off` leaves drawing to people and to tests. */
  @IsOptional() @IsIn(['on', 'off']) QA_SCHEDULER: 'on' | 'off' = 'on';

  /** Trial confirmations (2次确认): the dialer and billing webhooks, signed with WEBHOOK_SECRET. */
  @IsOptional() @IsUrl(WEBHOOK_URL) CONFIRMATION_WEBHOOK_URL?: string;
  @IsOptional() @IsUrl(WEBHOOK_URL) BILLING_WEBHOOK_URL?: string;

  @ValidateIf(
    (e: Environment) =>
      e.WEBHOOK_SECRET !== undefined || !!e.CONFIRMATION_WEBHOOK_URL || !!e.BILLING_WEBHOOK_URL,
  )
  @IsString()
  @MinLength(16, {
    message: 'WEBHOOK_SECRET must be at least 16 characters (required when a webhook URL is set)',
  })
  WEBHOOK_SECRET?: string;

  @IsOptional() @IsCallingWindow() CALLING_WINDOW: string = '09:00-20:00';
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(3600) RECONCILE_INTERVAL_SECONDS: number =
    60;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1440) CALLING_TIMEOUT_MINUTES: number = 120;

  /** Console sessions end after this long without a request, and after SESSION_MAX_HOURS regardless. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1440) SESSION_IDLE_MINUTES: number = 30;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(720) SESSION_MAX_HOURS: number = 12;
  /** Failed authentications (bad token, cookie or password) one address may make per window before 429. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) AUTH_FAILURES_PER_ADDRESS: number = 30;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) AUTH_FAILURE_WINDOW_SECONDS: number = 900;
  /** Sign-in attempts, right or wrong, one address may make per minute. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) SIGN_IN_PER_MINUTE: number = 10;
  /** Consecutive wrong passwords that lock an account for ACCOUNT_LOCK_MINUTES. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) ACCOUNT_LOCK_FAILURES: number = 5;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1440) ACCOUNT_LOCK_MINUTES: number = 15;
  /** Express `trust proxy`: which proxies' X-Forwarded-For/-Proto to believe (README, "Behind a reverse proxy"). */
  @IsOptional() @IsString() TRUST_PROXY: string = 'loopback';
  /** Only read to refuse test-only switches in production (the Docker image sets it). */
  @IsOptional() @IsString() NODE_ENV?: string;
  /**
   * TEST ONLY. `on` lets an admin pin the trials' "now" over HTTP (PUT /api/admin/test-clock),
   * so the acceptance suite can take the compiled service through a charge gate without
   * waiting 30 days. Off unless set; refused in production and in split deployments.
   */
  @IsOptional() @IsIn(['on', 'off']) @IsTestOnly() TEST_CLOCK: 'on' | 'off' = 'off';
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
