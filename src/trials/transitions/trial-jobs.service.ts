import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { Clock } from '../clock.js';
import { TrialTransactions } from '../persistence/trial-transactions.js';
import type { GateJobData, JobOutcome, StepJobData } from '../queue/job-names.js';
import { skipped } from '../queue/job-names.js';
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

  /** A step fell due: it joins the due list and goes to the dialer. */
  async stepDue({ trialId, step, attempt }: StepJobData): Promise<JobOutcome> {
    const applied = await this.transitions.apply(trialId, (record, _state, now) => {
      const row = record.steps[step - 1];
      if (row.attempt === attempt && now.getTime() < row.dueAt.getTime() - EARLY_TOLERANCE_MS) {
        return skipped(`step ${step} is not due until ${row.dueAt.toISOString()}`);
      }
      return { type: 'step_due', step, attempt, at: now };
    });
    return applied.outcome;
  }

  /** The end of the last free day: charge a confirmed trial, cancel anything else. */
  chargeGate({ trialId, seq }: GateJobData): Promise<JobOutcome> {
    return this.transactions.run(async (tx) => {
      const gates = tx.getRepository(TrialGate);
      const gate = await gates.findOneBy({ trialId, seq });
      if (!gate || gate.status !== 'pending')
        return skipped(`gate ${seq} is ${gate?.status ?? 'gone'}`);
      const now = this.clock.now();
      if (now.getTime() < gate.dueAt.getTime()) return skipped(`gate ${seq} is not due yet`);
      await gates.update({ id: gate.id }, { status: 'done', firedAt: now });
      const applied = await this.transitions.applyIn(tx, trialId, () => ({
        type: 'charge_gate',
        at: now,
      }));
      return applied.outcome;
    });
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
