import type { Writable } from 'node:stream';
import { MessageChannel, Worker, type ResourceLimits } from 'node:worker_threads';
import {
  outputFile,
  runFilterJob,
  type FilterJob,
  type FilterJobResults,
  type FilterKind,
} from './filter-job.js';
import type { FilterWorkerData, FilterWorkerMessage } from './filter-worker.js';
import { streamFromPort } from './output-port.js';

/**
 * Runs a filter pass in a worker thread: the API's event loop stays free
 * during a 5M-row pass (status requests answered within 0.2 s rather than up
 * to a second), and the pass's garbage lives in a heap of its own, sized
 * below. Its duplicate set, blacklist copy and heap go when the worker ends.
 */
const WORKER_URL = new URL('./filter-worker.js', import.meta.url);
/**
 * A worker thread needs compiled JavaScript. Under ts-jest this module is
 * TypeScript and there is no filter-worker.js beside it, so tests run the very
 * same job in-process; compiled code (dist/, dist-scripts/) uses the worker.
 */
const WORKER_RUNNABLE = import.meta.url.endsWith('.js');
const RESOURCE_LIMITS: ResourceLimits = {
  // Measured at 5M rows: V8's default (48 MiB) peaked ~20 MB higher; 8 MiB
  // gave the same peak as 16 but collected twice as often, which on a busy
  // machine left the pass waiting on GC threads; 4 MiB cost ~15% more CPU.
  maxYoungGenerationSizeMb: 16,
  // A cap, not a reservation: room for a 16 MiB record (the reader's limit)
  // being joined and parsed, far above the ~20 MiB a normal pass keeps.
  maxOldGenerationSizeMb: 256,
};

/** Where a pass writes: a file the worker writes itself, or a stream of the main thread. */
export type FilterOutput = { file: string } | { stream: Writable };

export interface FilterPassOptions {
  /** Whether to run in a worker thread (when compiled; see WORKER_RUNNABLE). */
  worker: boolean;
  onProgress?: (bytesRead: number) => void;
}

/** Runs `job` in a worker thread (see above) or in-process. */
export function runFilterPass<K extends FilterKind>(
  job: FilterJob<K>,
  output: FilterOutput,
  { worker, onProgress }: FilterPassOptions,
): Promise<FilterJobResults[K]> {
  if (worker && WORKER_RUNNABLE) return runInWorker(job, output, onProgress);
  const stream = 'stream' in output ? output.stream : outputFile(output.file);
  return runFilterJob(job, stream, onProgress);
}

function runInWorker<K extends FilterKind>(
  job: FilterJob<K>,
  output: FilterOutput,
  onProgress?: (bytesRead: number) => void,
): Promise<FilterJobResults[K]> {
  const stream = 'stream' in output ? output.stream : null;
  const channel = stream ? new MessageChannel() : null;
  const data: FilterWorkerData = {
    job,
    output: 'file' in output ? { path: output.file } : { port: channel!.port2 },
  };
  // The blacklist's buffer moves to the worker: `job.blacklist` is unusable here afterwards.
  const worker = new Worker(WORKER_URL, {
    workerData: data,
    transferList: [job.blacklist.buffer as ArrayBuffer, ...(channel ? [channel.port2] : [])],
    resourceLimits: RESOURCE_LIMITS,
  });
  const streamed = stream ? streamFromPort(channel!.port1, stream) : Promise.resolve();

  const result = new Promise<FilterJobResults[K]>((resolve, reject) => {
    worker.on('message', (msg: FilterWorkerMessage) => {
      if (msg.type === 'progress') onProgress?.(msg.bytesRead);
      else if (msg.type === 'done') resolve(msg.result as FilterJobResults[K]);
      else reject(Object.assign(new Error(msg.message), { name: msg.name }));
    });
    // An uncaught error, or running out of its heap (ERR_WORKER_OUT_OF_MEMORY).
    worker.on('error', reject);
    worker.on('exit', (code) =>
      reject(new Error(`dial-list filter worker stopped (exit code ${code}) before finishing`)),
    );
  });

  return Promise.all([result, streamed]).then(
    ([value]) => value,
    async (err: Error) => {
      // Whichever side failed first, stop the other: no half-written output
      // that looks complete, no worker left running.
      stream?.destroy();
      channel?.port1.close();
      await worker.terminate();
      throw err;
    },
  );
}
