import { startRedis } from './redis-server.mjs';

/**
 * Runs once per test run: a throwaway Redis, unless REDIS_URL is given (tests
 * then never flush it). Each e2e file gets its own fresh database (see test-app.ts).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_REDIS_URL) return;
  if (process.env.REDIS_URL) {
    process.env.TEST_REDIS_URL = process.env.REDIS_URL;
    return;
  }
  const redis = await startRedis();
  process.env.TEST_REDIS_URL = redis.url;
  process.env.TEST_REDIS_OWNED = '1';
  (globalThis as { __testRedis?: unknown }).__testRedis = redis.proc;
}
