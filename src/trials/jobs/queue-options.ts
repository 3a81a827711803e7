import type { DefaultJobOptions } from 'bullmq';

/** An HTTP request never waits longer than this for Redis; the reconciler catches up. */
export const ENQUEUE_TIMEOUT_MS = 1_500;

/** Jobs added per Redis round trip. */
export const ENQUEUE_CHUNK = 1_000;

/**
 * Retried with exponential backoff (2 s, 4 s, … ~4 min over 8 attempts); a job
 * that still fails stays in the failed set for an operator (/admin/queues).
 * Completed jobs are removed at once: the database keeps the history.
 */
export const CONFIRMATION_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: true,
  removeOnFail: false,
};
