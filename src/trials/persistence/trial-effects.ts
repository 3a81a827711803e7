import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { LedgerService } from '../../ledger/index.js';
import { addLocalDays, toMillis, type TrialEffect } from '../domain/index.js';
import { OutboxEvent, type OutboxType } from '../outbox-event.entity.js';
import { jobId } from '../jobs/job-names.js';
import { jobs, type QueueWork } from '../jobs/queue-work.js';
import { TrialGate } from '../trial-gate.entity.js';
import type { TrialStep } from '../trial-step.entity.js';
import type { TrialRecord } from './trial-record.js';

type Context = TrialRecord & { before: TrialStep[] };

/**
 * Carries out the machine's effects inside the transaction: gate rows and
 * outbox rows are written here, jobs are collected for after the commit.
 */
@Injectable()
export class TrialEffects {
  constructor(
    private readonly config: AppConfig,
    private readonly ledger: LedgerService,
  ) {}

  async run(tx: EntityManager, ctx: Context, effect: TrialEffect, now: Date, work: QueueWork) {
    const trialId = ctx.trial.id;
    switch (effect.type) {
      case 'schedule_step':
        // The step row already holds its due time and attempt; the writer queues
        // whichever of the trial's pending steps and gate falls due first (nextJob).
        return;
      case 'schedule_charge_gate':
        return this.scheduleGate(tx, trialId, at(effect.at), work);
      case 'cancel_jobs':
        return this.cancelJobs(tx, ctx, work);
      case 'notify_dialer':
        if (this.config.confirmationWebhookUrl) {
          work.add.push(jobs.webhook({ trialId, step: effect.step, attempt: effect.attempt }));
        }
        return;
      case 'emit_billing':
        return this.emit(
          tx,
          ctx,
          'trial.charged',
          { chargeFrom: addLocalDays(effect.trialEnd, 1) },
          now,
          work,
        );
      case 'emit_cancellation':
        await this.chain(tx, ctx, 'cancellation', effect.reason);
        return this.emit(tx, ctx, 'trial.cancelled', { reason: effect.reason }, now, work);
      case 'emit_reinstatement':
        await this.chain(
          tx,
          ctx,
          'reinstatement',
          'the sale was made valid again (QA overturn or call-back)',
        );
        return this.emit(tx, ctx, 'trial.reinstated', {}, now, work);
      case 'emit_extension':
        return this.emit(
          tx,
          ctx,
          'trial.extended',
          { previousTrialEnd: effect.previousTrialEnd },
          now,
          work,
        );
    }
  }

  private async scheduleGate(tx: EntityManager, trialId: number, dueAt: Date, work: QueueWork) {
    const repo = tx.getRepository(TrialGate);
    const gates = await repo.find({ where: { trialId }, order: { seq: 'DESC' } });
    for (const g of gates.filter((g) => g.status === 'pending')) {
      await repo.update({ id: g.id }, { status: 'superseded' });
      work.remove.push(jobId.gate({ trialId, seq: g.seq }));
    }
    const seq = (gates[0]?.seq ?? 0) + 1;
    await repo.insert({ trialId, seq, dueAt, status: 'pending', firedAt: null });
  }

  /** Nothing of this trial may fire any more: pending steps, webhooks and gates. */
  private async cancelJobs(tx: EntityManager, ctx: Context, work: QueueWork) {
    const trialId = ctx.trial.id;
    for (const s of ctx.before) {
      const ids = { trialId, step: s.step, attempt: s.attempt };
      if (s.status === 'scheduled' || s.status === 'invalid') work.remove.push(jobId.step(ids));
      if (s.status === 'calling') work.remove.push(jobId.webhook(ids));
    }
    const repo = tx.getRepository(TrialGate);
    for (const g of await repo.findBy({ trialId, status: 'pending' })) {
      await repo.update({ id: g.id }, { status: 'cancelled' });
      work.remove.push(jobId.gate({ trialId, seq: g.seq }));
    }
  }

  /** A subscription cancelled or reinstated is a consent fact: chained with the trial's terms and why. */
  private chain(
    tx: EntityManager,
    { trial }: Context,
    kind: 'cancellation' | 'reinstatement',
    reason: string,
  ) {
    return this.ledger.append(tx, {
      kind,
      subject: `trial:${trial.id}`,
      phone: trial.phone,
      payload: {
        trialId: trial.id,
        saleCallId: trial.saleCallId,
        productCode: trial.productCode,
        trialStart: trial.trialStart,
        trialEnd: trial.trialEnd,
        reason,
      },
    });
  }

  private async emit(
    tx: EntityManager,
    ctx: Context,
    type: OutboxType,
    extra: Record<string, unknown>,
    now: Date,
    work: QueueWork,
  ) {
    const { trial } = ctx;
    const payload = {
      trialId: trial.id,
      phone: trial.phone,
      productCode: trial.productCode,
      saleCallId: trial.saleCallId,
      trialStart: trial.trialStart,
      trialEnd: trial.trialEnd,
      status: trial.status,
      ...extra,
      occurredAt: now.toISOString(),
    };
    const deliver = Boolean(this.config.billingWebhookUrl);
    const result = await tx.getRepository(OutboxEvent).insert({
      type,
      trialId: trial.id,
      payload,
      status: deliver ? 'pending' : 'recorded',
      attempts: 0,
      lastError: null,
      createdAt: now,
      deliveredAt: null,
    });
    if (deliver) work.add.push(jobs.outbox({ outboxId: Number(result.identifiers[0].id) }));
  }
}

const at = (iso: string) => new Date(toMillis(iso));
