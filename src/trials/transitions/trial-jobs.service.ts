import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { Clock } from '../clock.js';
import { TrialTransactions } from '../persistence/trial-transactions.js';
import type { GateJobData, StepJobData } from '../jobs/job-names.js';
import { type JobOutcome, skipped } from '../jobs/job-outcome.js';
import { TrialGate } from '../trial-gate.entity.js';
import { TrialTransitions } from './trial-transitions.service.js';

/** A job may fire a little before its row's due time (clock skew); more than this is early. */
const EARLY_TOLERANCE_MS = 1_000;

/**
 * What the scheduled jobs do. Each re-reads its row in a transaction and
 * returns what happened; a stale, duplicate or early job is `skipped` (an early
 * one stays pending in the database and the reconciler queues it again).
 */
@Injectable()
export class TrialJobs {
  private readonly timeoutMs: number;

  constructor(
    private readonly transitions: TrialTransitions,
    private readonly transactions: TrialTransactions,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.timeoutMs = config.callingTimeoutMinutes * 60_000;
  }

  /**
   * A step fell due: it joins the due list and goes to the dialer. A step job
   * that fires at or after the charge gate (workers down, a queue backlog) can
   * no longer be dialled, and it is the trial's only wake-up in Redis (its step
   * was due before the gate), so it settles the gate instead; otherwise nothing
   * would ever close the trial.
   */
  stepDue({ trialId, step, attempt }: StepJobData): Promise<JobOutcome> {
    return this.transactions.run(async (tx) => {
      const gate = await tx.getRepository(TrialGate).findOneBy({ trialId, status: 'pending' });
      if (gate && this.clock.now().getTime() >= gate.dueAt.getTime()) {
        return this.settleGate(tx, gate);
      }
      const applied = await this.transitions.applyIn(tx, trialId, (record, _state, now) => {
        const row = record.steps[step - 1];
        if (row.attempt === attempt && now.getTime() < row.dueAt.getTime() - EARLY_TOLERANCE_MS) {
          return skipped(`step ${step} is not due until ${row.dueAt.toISOString()}`);
        }
        return { type: 'step_due', step, attempt, at: now };
      });
      return applied.outcome;
    });
  }

  /** The end of the last free day: charge a confirmed trial, cancel anything else. */
  chargeGate({ trialId, seq }: GateJobData): Promise<JobOutcome> {
    return this.transactions.run(async (tx) => {
      const gate = await tx.getRepository(TrialGate).findOneBy({ trialId, seq });
      if (!gate || gate.status !== 'pending')
        return skipped(`gate ${seq} is ${gate?.status ?? 'gone'}`);
      return this.settleGate(tx, gate);
    });
  }

  private async settleGate(tx: EntityManager, gate: TrialGate): Promise<JobOutcome> {
    const now = this.clock.now();
    if (now.getTime() < gate.dueAt.getTime()) return skipped(`gate ${gate.seq} is not due yet`);
    await tx.getRepository(TrialGate).update({ id: gate.id }, { status: 'done', firedAt: now });
    const applied = await this.transitions.applyIn(tx, gate.trialId, () => ({
      type: 'charge_gate',
      at: now,
    }));
    return applied.outcome;
  }

  /** The dialer never reported back on a step: it is tried again in the next window. */
  async callTimeout({ trialId, step, attempt }: StepJobData): Promise<JobOutcome> {
    const applied = await this.transitions.apply(trialId, (record, _state, now) => {
      const row = record.steps[step - 1];
      const since = row.callingSince?.getTime() ?? Infinity;
      if (
        row.status !== 'calling' ||
        row.attempt !== attempt ||
        now.getTime() - since < this.timeoutMs
      ) {
        return skipped(`step ${step} is not stuck`);
      }
      return { type: 'call_timeout', step, attempt, at: now };
    });
    return applied.outcome;
  }
}
