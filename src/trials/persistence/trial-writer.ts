import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isTerminal, type StepState, toMillis, type Transition } from '../domain/index.js';
import { jobId } from '../jobs/job-names.js';
import { nextJob } from '../jobs/next-job.js';
import { emptyWork, type QueueWork } from '../jobs/queue-work.js';
import { TrialGate } from '../trial-gate.entity.js';
import { TrialStep } from '../trial-step.entity.js';
import { Trial } from '../trial.entity.js';
import { TrialEffects } from './trial-effects.js';
import type { TrialRecord } from './trial-record.js';

/** Another process changed the trial between our read and our write; the caller retries. */
export class StaleTrialError extends Error {
  constructor(readonly trialId: number) {
    super(`trial ${trialId} changed concurrently`);
  }
}

/**
 * Saves what the state machine returned: the trial row (guarded by its
 * version), the step rows that changed, and the effects. Returns the queue work
 * for after the commit: obsolete jobs to remove and the trial's next wake-up
 * (a no-op when Redis already holds it).
 */
@Injectable()
export class TrialWriter {
  constructor(private readonly effects: TrialEffects) {}

  async persist(
    tx: EntityManager,
    record: TrialRecord,
    transition: Transition,
    now: Date,
  ): Promise<QueueWork> {
    const work = emptyWork();
    const before = record.steps.map((s) => ({ ...s }));
    await this.saveTrial(tx, record.trial, transition, now);
    for (const [i, row] of record.steps.entries()) {
      await this.saveStep(tx, row, transition.state.steps[i], now, work);
    }
    for (const effect of transition.effects) {
      await this.effects.run(tx, { ...record, before }, effect, now, work);
    }
    const gate = await tx
      .getRepository(TrialGate)
      .findOneBy({ trialId: record.trial.id, status: 'pending' });
    const next = nextJob(record.trial, record.steps, gate);
    if (next) work.add.push(next);
    return work;
  }

  private async saveTrial(tx: EntityManager, trial: Trial, t: Transition, now: Date) {
    const next = t.state;
    const closedAt = isTerminal(next) ? (trial.closedAt ?? now) : null;
    const patch = {
      status: next.status,
      trialEnd: next.trialEnd,
      extensions: next.extensions,
      cancelReason: next.cancelReason ?? null,
      usedCallIds: next.usedCallIds,
      updatedAt: now,
      closedAt,
    };
    const result = await tx
      .createQueryBuilder()
      .update(Trial)
      .set({ ...patch, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id: trial.id, version: trial.version })
      .execute();
    if (result.affected !== 1) throw new StaleTrialError(trial.id);
    Object.assign(trial, patch, { version: trial.version + 1 });
  }

  private async saveStep(
    tx: EntityManager,
    row: TrialStep,
    next: StepState,
    now: Date,
    work: QueueWork,
  ): Promise<void> {
    const dueAt = new Date(toMillis(next.dueAt));
    const callId = next.callId === null ? null : Number(next.callId);
    const same =
      row.status === next.status &&
      row.attempt === next.attempt &&
      row.outcome === next.outcome &&
      row.callId === callId &&
      row.dueAt.getTime() === dueAt.getTime();
    if (same) return;

    const old = { trialId: row.trialId, step: row.step, attempt: row.attempt };
    const moved = next.attempt !== row.attempt;
    const wasPending = row.status === 'scheduled' || row.status === 'invalid';
    if (wasPending && (moved || next.status === 'done')) work.remove.push(jobId.step(old));
    if (row.status === 'calling' && (moved || next.status !== 'calling')) {
      work.remove.push(jobId.webhook(old));
    }
    const stillCalling = row.status === 'calling' && next.status === 'calling' && !moved;
    const patch: Partial<TrialStep> = {
      status: next.status,
      dueAt,
      attempt: next.attempt,
      outcome: next.outcome,
      callId,
      callingSince: next.status !== 'calling' ? null : stillCalling ? row.callingSince : now,
      dialerNotifiedAt: stillCalling ? row.dialerNotifiedAt : null,
      updatedAt: now,
    };
    await tx.getRepository(TrialStep).update({ id: row.id }, patch);
    Object.assign(row, patch);
  }
}
