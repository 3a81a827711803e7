import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { Clock } from '../../src/trials/clock.js';
import { JobHandlers } from '../../src/trials/queue/job-handlers.js';
import { PendingJobsReconciler } from '../../src/trials/queue/reconciler.js';
import type { TestApp } from './test-app.js';

export * from './trial-calls.js';
export { waitFor } from './wait-for.js';

export const queueOf = (t: TestApp) => t.app.get<Queue>(getQueueToken('confirmations'));
export const clockOf = (t: TestApp) => t.app.get(Clock);
export const handlersOf = (t: TestApp) => t.app.get(JobHandlers);
export const reconcilerOf = (t: TestApp) => t.app.get(PendingJobsReconciler);

/** Fires a delayed job now (BullMQ promotion) instead of waiting days. */
export async function promote(t: TestApp, jobId: string): Promise<void> {
  const job = await queueOf(t).getJob(jobId);
  if (!job) throw new Error(`no job ${jobId} in Redis`);
  await job.promote();
}
