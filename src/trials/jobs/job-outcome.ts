/** What a handler did with a job: tests assert it, the processor fails the job on `failed`. */
export interface JobOutcome {
  status: 'done' | 'skipped' | 'failed';
  reason?: string;
}

export const done = (reason?: string): JobOutcome => ({ status: 'done', reason });
export const skipped = (reason: string): JobOutcome => ({ status: 'skipped', reason });
export const failed = (reason: string): JobOutcome => ({ status: 'failed', reason });
