import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** Peak resident memory (VmHWM) of a running process in MB, or 0 once it is gone. */
export function peakRssOf(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

/** Keeps the highest VmHWM seen while the process lives (VmHWM only grows). */
export function watchPeak(child: ChildProcess): () => number {
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, peakRssOf(child.pid!))), 100);
  child.once('exit', () => clearInterval(timer));
  return () => Math.max(peak, child.exitCode === null ? peakRssOf(child.pid!) : 0);
}

export function run(
  cmd: string,
  args: string[],
  opts: SpawnOptions,
): Promise<{ seconds: number; peakMb: number }> {
  const started = performance.now();
  const child = spawn(cmd, args, opts);
  const peak = watchPeak(child);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`${cmd} exited with ${code}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peakMb: peak() });
    });
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}
