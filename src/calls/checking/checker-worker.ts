import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { checkCall, type Compliance } from '../../compliance/index.js';
import type { CheckTask } from './checker-pool.js';

/**
 * The checker threads yield the CPU to the main thread: on a machine with few
 * cores they otherwise take the core the API needs, and every request during
 * an import waits for the scheduler. Linux gives each thread its own nice
 * value (`/proc/thread-self` names this thread's id); elsewhere this is skipped.
 */
function yieldCpuToMainThread(): void {
  try {
    setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 10);
  } catch {
    // Not Linux, or not allowed: the checker still runs, at normal priority.
  }
}
yieldCpuToMainThread();

/** A worker thread's task: the checker over a chunk of cloned, plain inputs, one phrase list for all. */
export default function check({ inputs, phrases }: CheckTask): Compliance[] {
  return inputs.map((input) => checkCall(input, phrases));
}
