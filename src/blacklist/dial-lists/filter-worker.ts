import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { outputFile, runFilterJob, type FilterJob } from './filter-job.js';
import { portWritable } from './output-port.js';

/**
 * Worker-thread entry for one filter pass (see filter-thread.ts): writes the
 * output file itself, or streams the output to the main thread over `output`.
 */
export interface FilterWorkerData {
  job: FilterJob;
  output: { path: string } | { port: MessagePort };
}

export type FilterWorkerMessage =
  | { type: 'progress'; bytesRead: number }
  | { type: 'done'; result: unknown }
  | { type: 'failed'; name: string; message: string };

const { job, output } = workerData as FilterWorkerData;
const send = (msg: FilterWorkerMessage) => parentPort!.postMessage(msg);
const out = 'path' in output ? outputFile(output.path) : portWritable(output.port);

runFilterJob(job, out, (bytesRead) => send({ type: 'progress', bytesRead })).then(
  (result) => send({ type: 'done', result }),
  (err: Error) => send({ type: 'failed', name: err.name, message: err.message }),
);
