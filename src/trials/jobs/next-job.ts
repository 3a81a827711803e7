import type { StepStatus, TrialStatus } from '../domain/index.js';
import { jobs, type JobSpec } from './queue-work.js';

interface StepRow {
  step: 1 | 2;
  status: StepStatus;
  attempt: number;
  dueAt: Date;
}

const OPEN: readonly TrialStatus[] = ['trial', 'extended', 'confirmed'];

/**
 * The trial's next wake-up: whichever of its pending steps (scheduled or
 * invalid) and its pending charge gate falls due first; null once the trial
 * is closed. Redis always holds at least this job for every open trial (one
 * ~1 KB delayed job per trial, not three): when it fires, the transition that
 * follows queues the one after, and the reconciler restores it if Redis lost it.
 */
export function nextJob(
  trial: { id: number; status: TrialStatus },
  steps: readonly StepRow[],
  gate: { seq: number; dueAt: Date } | null,
): JobSpec | null {
  if (!OPEN.includes(trial.status)) return null;
  const candidates: JobSpec[] = steps
    .filter((s) => s.status === 'scheduled' || s.status === 'invalid')
    .map((s) => jobs.step({ trialId: trial.id, step: s.step, attempt: s.attempt }, s.dueAt));
  if (gate) candidates.push(jobs.gate({ trialId: trial.id, seq: gate.seq }, gate.dueAt));
  // Stable: on a tie a step comes before the gate, step 1 before step 2.
  return candidates.reduce<JobSpec | null>(
    (best, job) => (best === null || job.runAt!.getTime() < best.runAt!.getTime() ? job : best),
    null,
  );
}
