/** Small helpers shared by the benchmarks: timing and peak memory. */
export function time<T>(fn: () => T): { result: T; seconds: number } {
  const start = process.hrtime.bigint();
  const result = fn();
  return { result, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

export async function timeAsync<T>(fn: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const start = process.hrtime.bigint();
  const result = await fn();
  return { result, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

/**
 * Wall time and this process's CPU time (every thread: the main one and the
 * checker's), so a cost can be quoted per CPU second where other work on a
 * shared machine stretches the wall clock.
 */
export async function cpuAsync<T>(
  fn: () => Promise<T>,
): Promise<{ result: T; seconds: number; cpuSeconds: number }> {
  const cpu = process.cpuUsage();
  const { result, seconds } = await timeAsync(fn);
  const used = process.cpuUsage(cpu);
  return { result, seconds, cpuSeconds: (used.user + used.system) / 1e6 };
}

export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

export function row(label: string, value: string, note = ''): void {
  process.stdout.write(`${label.padEnd(44)} ${value.padStart(14)}  ${note}\n`);
}

/** The middle value: what the benchmarks report for repeated timings on a shared machine. */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

/** A full collection when node runs with --expose-gc (the npm bench scripts do), so a timed step does not pay for the previous one's garbage. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
