import { resolve } from 'node:path';
import { type CallingWindow, parseCallingWindow } from './calling-window.js';
import { Environment } from './environment.js';

/** `cli` is a one-off command (import, dial-list filter): no HTTP, no workers, no schedulers. */
export type ProcessRole = 'all' | 'api' | 'worker' | 'cli';

/** Typed, validated configuration, read once at boot and injected everywhere. */
export class AppConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly database:
    { type: 'sqlite'; path: string } | { type: 'postgres'; url: string; schema?: string };
  readonly redisUrl: string;
  readonly recordingsDir: string;
  readonly adminApiToken?: string;
  readonly timeZone: string;
  readonly role: ProcessRole;
  readonly logLevel: string;
  readonly jsonBodyLimitBytes: number;
  readonly uploadLimitBytes: number;
  readonly checkerThreads: number;
  readonly publicUrl?: string;
  /** Complaint time limits, counted in plain hours (首问负责制: first contact, then resolution). */
  readonly complaintDeadlines: { firstContactHours: number; resolutionHours: number };
  /** Daily/weekly QA draws by cron, and catch-up at start (worker roles only). */
  readonly qaScheduler: boolean;
  readonly confirmationWebhookUrl?: string;
  readonly billingWebhookUrl?: string;
  readonly webhookSecret?: string;
  /** Local hours in which customers may be called (CENTRE_TZ). */
  readonly callingWindow: CallingWindow;
  readonly reconcileIntervalSeconds: number;
  readonly callingTimeoutMinutes: number;
  readonly sessions: { idleMinutes: number; maxHours: number };
  readonly authLimits: {
    failuresPerAddress: number;
    failureWindowSeconds: number;
    signInPerMinute: number;
    lockFailures: number;
    lockMinutes: number;
  };
  readonly trustProxy: boolean | number | string;
  /** TEST ONLY (TEST_CLOCK=on): admins may pin the trials' clock over HTTP. */
  readonly testClock: boolean;

  constructor(env: Environment, overrides: { postgresSchema?: string; cli?: boolean } = {}) {
    this.port = env.PORT;
    this.host = env.HOST;
    this.dataDir = resolve(env.DATA_DIR);
    this.database = env.DATABASE_URL
      ? { type: 'postgres', url: env.DATABASE_URL, schema: overrides.postgresSchema }
      : { type: 'sqlite', path: resolve(this.dataDir, 'app.sqlite') };
    this.redisUrl = env.REDIS_URL;
    this.recordingsDir = resolve(env.RECORDINGS_DIR ?? resolve(this.dataDir, 'recordings'));
    this.adminApiToken = env.ADMIN_API_TOKEN;
    this.timeZone = env.CENTRE_TZ;
    this.role = overrides.cli ? 'cli' : env.APP_ROLE;
    this.logLevel = env.LOG_LEVEL;
    this.jsonBodyLimitBytes = env.JSON_BODY_LIMIT_BYTES;
    this.uploadLimitBytes = env.UPLOAD_LIMIT_BYTES;
    this.checkerThreads = env.CHECKER_THREADS;
    this.publicUrl = env.PUBLIC_URL;
    this.complaintDeadlines = {
      firstContactHours: env.COMPLAINT_FIRST_CONTACT_HOURS,
      resolutionHours: env.COMPLAINT_RESOLUTION_HOURS,
    };
    this.qaScheduler = env.QA_SCHEDULER === 'on';
    this.confirmationWebhookUrl = env.CONFIRMATION_WEBHOOK_URL;
    this.billingWebhookUrl = env.BILLING_WEBHOOK_URL;
    this.webhookSecret = env.WEBHOOK_SECRET;
    this.callingWindow = parseCallingWindow(env.CALLING_WINDOW);
    this.reconcileIntervalSeconds = env.RECONCILE_INTERVAL_SECONDS;
    this.callingTimeoutMinutes = env.CALLING_TIMEOUT_MINUTES;
    this.sessions = { idleMinutes: env.SESSION_IDLE_MINUTES, maxHours: env.SESSION_MAX_HOURS };
    this.authLimits = {
      failuresPerAddress: env.AUTH_FAILURES_PER_ADDRESS,
      failureWindowSeconds: env.AUTH_FAILURE_WINDOW_SECONDS,
      signInPerMinute: env.SIGN_IN_PER_MINUTE,
      lockFailures: env.ACCOUNT_LOCK_FAILURES,
      lockMinutes: env.ACCOUNT_LOCK_MINUTES,
    };
    this.trustProxy = parseTrustProxy(env.TRUST_PROXY);
    this.testClock = env.TEST_CLOCK === 'on';
  }

  get runsApi(): boolean {
    return this.role === 'all' || this.role === 'api';
  }

  get runsWorkers(): boolean {
    return this.role === 'all' || this.role === 'worker';
  }
}

/** "true"/"false", a hop count, or Express's list of addresses/names ("loopback, 10.0.0.0/8"). */
function parseTrustProxy(value: string): boolean | number | string {
  if (value === 'true') return true;
  if (value === 'false' || value === '') return false;
  return /^\d+$/.test(value) ? Number(value) : value;
}
