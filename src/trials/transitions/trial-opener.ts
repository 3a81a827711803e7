import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BlacklistReader } from '../../blacklist/index.js';
import { Clock } from '../clock.js';
import { toMillis } from '../domain/index.js';
import { nextJob } from '../jobs/next-job.js';
import { emptyWork } from '../jobs/queue-work.js';
import { TrialGate } from '../trial-gate.entity.js';
import { TrialStep } from '../trial-step.entity.js';
import { Trial } from '../trial.entity.js';
import { TrialTransitions } from './trial-transitions.service.js';
import { AfterCommit } from '../persistence/after-commit.js';
import { BulkSql } from '../../database/bulk-sql.js';
import { trialPlanner } from './trial-planner.js';

/** A valid sale of a product with a trial. */
export interface SaleFacts {
  saleCallId: number;
  phone: string;
  productId: number;
  productCode: string;
  trialDays: number;
  startedAt: Date;
  /** The stored sale, when the caller holds it: it learns the trial it opened. */
  call?: { trialId: number | null };
}

const CHUNK = 1_000;
const TRIAL_COLUMNS =
  'phone, product_id, product_code, sale_call_id, status, trial_start, trial_end, trial_days, extensions, used_call_ids, version, created_at, updated_at';
const STEP_COLUMNS = 'trial_id, step, status, due_at, attempt, updated_at';

/**
 * Opens trials for valid sales inside the caller's transaction: a trial row,
 * both step rows and the first charge gate, a chunk at a time, so a bulk import
 * opens thousands per second; the first step's job follows the commit. A sale
 * opens at most one trial. A number already blacklisted gets its trial
 * cancelled at once, never called.
 */
@Injectable()
export class TrialOpener {
  constructor(
    private readonly transitions: TrialTransitions,
    private readonly afterCommit: AfterCommit,
    private readonly clock: Clock,
    private readonly blacklist: BlacklistReader,
  ) {}

  async open(tx: EntityManager, sales: SaleFacts[]): Promise<number> {
    let opened = 0;
    for (let i = 0; i < sales.length; i += CHUNK) {
      opened += await this.openChunk(tx, sales.slice(i, i + CHUNK));
    }
    return opened;
  }

  private async openChunk(tx: EntityManager, sales: SaleFacts[]): Promise<number> {
    const sql = new BulkSql(tx);
    const saleIds = sales.map((s) => s.saleCallId);
    const taken = await sql.whereIn<{ id: number }>(
      Trial,
      'sale_call_id AS id',
      'sale_call_id',
      saleIds,
    );
    const seen = new Set(taken.map((t) => Number(t.id)));
    const fresh = sales.filter((s) => !seen.has(s.saleCallId) && seen.add(s.saleCallId));
    if (fresh.length === 0) return 0;

    const now = this.clock.now();
    const plan = trialPlanner(this.transitions.machine, now);
    const opened = fresh.map((sale) => ({ sale, ...plan(sale) }));
    const stamp = now.toISOString();
    await sql.insert(
      Trial,
      TRIAL_COLUMNS.split(', '),
      opened.map(({ sale, state }) => [
        ...[sale.phone, sale.productId, sale.productCode, sale.saleCallId, state.status],
        ...[state.trialStart, state.trialEnd, state.trialDays, 0, '[]', 1, stamp, stamp],
      ]),
    );
    const ids = await sql.whereIn<{ id: number; sale: number }>(
      Trial,
      'id, sale_call_id AS sale',
      'sale_call_id',
      fresh.map((s) => s.saleCallId),
    );
    const idOf = new Map(ids.map((r) => [Number(r.sale), Number(r.id)]));
    this.linkSales(fresh, idOf);
    const banned = await this.blacklist.activeAmong(
      fresh.map((s) => s.phone),
      tx,
    );

    const steps: unknown[][] = [];
    const gates: unknown[][] = [];
    const work = emptyWork();
    for (const { sale, state, effects } of opened) {
      const trialId = idOf.get(sale.saleCallId)!;
      const stepRows = state.steps.map((s) => ({ ...s, dueAt: new Date(toMillis(s.dueAt)) }));
      for (const s of stepRows)
        steps.push([trialId, s.step, s.status, s.dueAt.toISOString(), s.attempt, stamp]);
      const gateAt = effects.find((e) => e.type === 'schedule_charge_gate')!.at;
      const gate = { seq: 1, dueAt: new Date(toMillis(gateAt)) };
      gates.push([trialId, 1, gate.dueAt.toISOString(), 'pending']);
      const next = nextJob({ id: trialId, status: state.status }, stepRows, gate);
      if (next && !banned.has(sale.phone)) work.add.push(next);
    }
    await sql.insert(TrialStep, STEP_COLUMNS.split(', '), steps);
    await sql.insert(TrialGate, ['trial_id', 'seq', 'due_at', 'status'], gates);
    for (const { sale } of opened.filter((o) => banned.has(o.sale.phone))) {
      await this.transitions.close(tx, idOf.get(sale.saleCallId)!, 'blacklisted');
    }
    await this.afterCommit.defer(tx, work);
    return opened.length;
  }

  /**
   * The stored sale learns the trial it opened, so the POST response carries trialId.
   * Not persisted to calls.trial_id: that column means "confirmation call of trial N"
   * and the verdict listeners read it so (persisting it broke trials-events' overturn cases).
   */
  private linkSales(sales: SaleFacts[], idOf: Map<number, number>): void {
    for (const sale of sales) if (sale.call) sale.call.trialId = idOf.get(sale.saleCallId)!;
  }
}
