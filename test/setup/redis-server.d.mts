import type { ChildProcess } from 'node:child_process';

export function freePort(): Promise<number>;
export function startRedis(
  port?: number,
): Promise<{ url: string; port: number; proc: ChildProcess }>;
export function stopRedis(proc: ChildProcess): Promise<void>;
