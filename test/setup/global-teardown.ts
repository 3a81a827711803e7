import type { ChildProcess } from 'node:child_process';
import { stopRedis } from './redis-server.mjs';

export default async function globalTeardown(): Promise<void> {
  const proc = (globalThis as { __testRedis?: ChildProcess }).__testRedis;
  if (proc) await stopRedis(proc);
}
