import { HttpException, HttpStatus, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { Response } from 'express';
import { Redis } from 'ioredis';
import { createHash } from 'node:crypto';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { redisOptions } from '../common/redis/redis-options.js';
import { AppConfig } from '../config/app-config.js';

/** 429 with Retry-After (whole seconds), thrown when a limit is reached. */
export class TooManyAttempts extends HttpException {
  constructor(
    readonly retryAfterSeconds: number,
    message: string,
  ) {
    super({ statusCode: 429, error: 'Too Many Requests', message }, HttpStatus.TOO_MANY_REQUESTS);
  }
}

/**
 * Slows down guessing: failed authentications per address, sign-in attempts
 * per address, and consecutive wrong passwords per account. Counters live in
 * Redis so every api process of one deployment shares them; if Redis is down,
 * each process falls back to counting in memory rather than letting guesses through.
 */
@Injectable()
export class AuthLimitsService implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly failures: RateLimiterAbstract;
  private readonly signIns: RateLimiterAbstract;
  private readonly accounts: RateLimiterAbstract;

  constructor(config: AppConfig) {
    this.redis = new Redis({
      ...redisOptions(config.redisUrl),
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectionName: 'auth-limits',
    });
    this.redis.on('error', () => undefined); // RedisMonitor reports outages, once.
    const prefix = `auth:${deploymentKey(config)}`;
    const l = config.authLimits;
    const make = (name: string, points: number, duration: number) =>
      new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix: `${prefix}:${name}`,
        points,
        duration,
        insuranceLimiter: new RateLimiterMemory({ points, duration }),
      });
    this.failures = make('fail', l.failuresPerAddress, l.failureWindowSeconds);
    this.signIns = make('signin', l.signInPerMinute, 60);
    this.accounts = make('account', l.lockFailures, l.lockMinutes * 60);
  }

  /** Before checking credentials: an address that failed too often is refused outright. */
  async assertAddressAllowed(address: string): Promise<void> {
    await refuseIfSpent(this.failures, address, '认证失败次数过多，请稍后再试');
  }

  async recordFailure(address: string): Promise<void> {
    await this.failures.penalty(address, 1).catch(() => undefined);
  }

  /** Every sign-in attempt counts, right or wrong. */
  async consumeSignIn(address: string): Promise<void> {
    try {
      await this.signIns.consume(address);
    } catch (err) {
      if (err instanceof RateLimiterRes) throw tooMany(err, '登录尝试过于频繁，请稍后再试');
      throw err;
    }
  }

  async assertAccountUnlocked(username: string): Promise<void> {
    await refuseIfSpent(this.accounts, accountKey(username), '该账号已暂时锁定，请稍后再试');
  }

  async recordWrongPassword(username: string): Promise<void> {
    await this.accounts.penalty(accountKey(username), 1).catch(() => undefined);
  }

  async clearAccount(username: string): Promise<void> {
    await this.accounts.delete(accountKey(username)).catch(() => undefined);
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}

async function refuseIfSpent(limiter: RateLimiterAbstract, key: string, message: string) {
  const res = await limiter.get(key).catch(() => null);
  if (res && res.consumedPoints >= limiter.points) throw tooMany(res, message);
}

function tooMany(res: RateLimiterRes, message: string): TooManyAttempts {
  return new TooManyAttempts(Math.max(1, Math.ceil(res.msBeforeNext / 1000)), message);
}

const accountKey = (username: string) => username.normalize('NFKC').toLowerCase();

/** Processes of one deployment share counters; two deployments on one Redis never do. */
function deploymentKey(config: AppConfig): string {
  const db = config.database;
  const id = db.type === 'postgres' ? `${db.url}#${db.schema ?? ''}` : db.path;
  return createHash('sha256').update(id).digest('hex').slice(0, 16);
}

/** Sets Retry-After on the response of a refused request. */
export function setRetryAfter(res: Response, err: unknown): void {
  if (err instanceof TooManyAttempts) res.setHeader('Retry-After', String(err.retryAfterSeconds));
}
