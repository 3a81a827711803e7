import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { StepStatus, TrialStatus } from '../domain/index.js';
import type { Trial } from '../trial.entity.js';
import { BulkSql } from '../../database/bulk-sql.js';
import { TrialGate } from '../trial-gate.entity.js';
import { TrialStep } from '../trial-step.entity.js';
import { nextJob } from '../jobs/next-job.js';
import type { JobSpec } from '../jobs/queue-work.js';

interface RawStep {
  trialId: number;
  step: 1 | 2;
  status: StepStatus;
  attempt: number;
  dueAt: string;
}
interface RawGate {
  trialId: number;
  seq: number;
  status: string;
  dueAt: string;
}

const STEP_SELECT = 'trial_id AS "trialId", step, status, attempt, due_at AS "dueAt"';
const GATE_SELECT = 'trial_id AS "trialId", seq, status, due_at AS "dueAt"';

/** The next wake-up (see nextJob) of each of a page of trials, read in two queries. */
export async function wakeUpsOf(
  manager: EntityManager,
  trials: { id: number; status: TrialStatus }[],
): Promise<JobSpec[]> {
  const sql = new BulkSql(manager);
  const ids = trials.map((t) => t.id);
  const steps = await sql.whereIn<RawStep>(TrialStep, STEP_SELECT, 'trial_id', ids);
  const gates = await sql.whereIn<RawGate>(TrialGate, GATE_SELECT, 'trial_id', ids);
  return trials.flatMap((trial) => {
    const own = steps
      .filter((r) => Number(r.trialId) === trial.id)
      .map((r) => ({
        step: Number(r.step) as 1 | 2,
        status: r.status,
        attempt: Number(r.attempt),
        dueAt: new Date(r.dueAt),
      }));
    const gate = gates.find((g) => Number(g.trialId) === trial.id && g.status === 'pending');
    const next = nextJob(
      trial,
      own,
      gate ? { seq: Number(gate.seq), dueAt: new Date(gate.dueAt) } : null,
    );
    return next ? [next] : [];
  });
}

/**
 * Narrows a query over trials (alias `s`) to those with a pending step or gate
 * due by `horizon`, driven by the (status, due_at) indexes.
 */
export function dueBy(query: SelectQueryBuilder<Trial>, horizon: Date): SelectQueryBuilder<Trial> {
  const sql = new BulkSql(query.connection.manager);
  return query.andWhere(
    `s.id IN (SELECT trial_id FROM ${sql.table(TrialStep)} WHERE status IN ('scheduled', 'invalid') AND due_at <= :horizon
      UNION SELECT trial_id FROM ${sql.table(TrialGate)} WHERE status = 'pending' AND due_at <= :horizon)`,
    { horizon: horizon.toISOString() },
  );
}
