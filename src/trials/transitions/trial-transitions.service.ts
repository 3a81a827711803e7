import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { Clock } from '../clock.js';
import { transition, type TrialConfig, type TrialEvent, type TrialState } from '../domain/index.js';
import { AfterCommit } from '../persistence/after-commit.js';
import { loadTrial, toState, type TrialRecord } from '../persistence/trial-record.js';
import { TrialTransactions } from '../persistence/trial-transactions.js';
import { TrialWriter } from '../persistence/trial-writer.js';
import { done, type JobOutcome, skipped } from '../jobs/job-outcome.js';
import { trialConfig } from '../trial-config.js';

/** Picks the event for the loaded trial, or says why there is nothing to do. */
export type Decide = (record: TrialRecord, state: TrialState, now: Date) => TrialEvent | JobOutcome;

export interface Applied {
  outcome: JobOutcome;
  record: TrialRecord | null;
}

const isOutcome = (x: TrialEvent | JobOutcome): x is JobOutcome => 'status' in x;

/**
 * The one way a trial changes: load the rows, ask the pure machine, save the
 * result and its effects in the same transaction, queue the jobs after commit.
 * Reading the rows inside the transaction is what makes every job idempotent:
 * a job processed twice finds the state already moved and changes nothing.
 */
@Injectable()
export class TrialTransitions {
  readonly machine: TrialConfig;

  constructor(
    private readonly transactions: TrialTransactions,
    private readonly writer: TrialWriter,
    private readonly afterCommit: AfterCommit,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.machine = trialConfig(config);
  }

  /** In a transaction of its own. */
  apply(trialId: number, decide: Decide): Promise<Applied> {
    return this.transactions.run((tx) => this.applyIn(tx, trialId, decide));
  }

  /** Inside the caller's transaction (a stored call, a review, a blacklisting). */
  async applyIn(tx: EntityManager, trialId: number, decide: Decide): Promise<Applied> {
    const record = await loadTrial(tx, trialId);
    if (!record) return { outcome: skipped(`trial ${trialId} does not exist`), record: null };
    const now = this.clock.now();
    const state = toState(record, this.machine.tz);
    const event = decide(record, state, now);
    if (isOutcome(event)) return { outcome: event, record };
    const next = transition(state, event, this.machine);
    if (next.effects.length === 0 && JSON.stringify(next.state) === JSON.stringify(state)) {
      return { outcome: skipped(`${event.type}: nothing to change`), record };
    }
    const work = await this.writer.persist(tx, record, next, now);
    await this.afterCommit.defer(tx, work);
    return { outcome: done(`${event.type}: ${state.status} → ${next.state.status}`), record };
  }

  /** Sale invalidated or number blacklisted: cancels from any open state; sale valid again: undoes it. */
  close(
    tx: EntityManager,
    trialId: number,
    type: 'sale_invalidated' | 'blacklisted' | 'sale_reinstated',
  ) {
    return this.applyIn(tx, trialId, (_r, _s, now) => ({ type, at: now }));
  }
}
