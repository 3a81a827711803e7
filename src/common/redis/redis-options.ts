import type { RedisOptions } from 'ioredis';

/**
 * Connection options shared by every Redis client (BullMQ's included): retry
 * forever with a capped backoff so work resumes by itself when Redis returns.
 */
export function redisOptions(url: string): RedisOptions {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: u.username || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
    retryStrategy: (times: number) => Math.min(200 * 2 ** Math.min(times, 5), 5_000),
  };
}
