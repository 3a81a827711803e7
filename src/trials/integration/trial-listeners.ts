import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { BlacklistEvents } from '../../blacklist/index.js';
import { CallEvents, TrialLookup, type CallFacts } from '../../calls/index.js';
import { CatalogueReader } from '../../catalogue/index.js';
import { OPEN_STATUSES } from '../delivery/due-confirmations.service.js';
import { TrialOpener } from '../transitions/trial-opener.js';
import { Trial } from '../trial.entity.js';
import { TrialTransitions } from '../transitions/trial-transitions.service.js';

const isSale = (call: CallFacts) => call.purpose === 'marketing' && call.outcome === 'sale';

/**
 * Where trials meet the rest of the service, always inside the transaction of
 * the change that causes them:
 * - a valid trial sale is stored (or a held sale is reviewed valid) → trial opens;
 * - the sale's final verdict turns invalid, or a remedial call-back finds the
 *   customer did not agree to it → trial cancelled (sale_invalidated);
 * - the verdict turns valid again (an overturn) → that cancellation undone
 *   before the gate (sale_reinstated);
 * - the number is blacklisted → every open trial of it cancelled, never called again;
 * - a confirmation call names a trial → the calls module learns its trial end.
 */
@Injectable()
export class TrialListeners implements OnModuleInit {
  constructor(
    private readonly calls: CallEvents,
    private readonly blacklist: BlacklistEvents,
    private readonly lookup: TrialLookup,
    private readonly opener: TrialOpener,
    private readonly transitions: TrialTransitions,
    private readonly catalogue: CatalogueReader,
    @InjectRepository(Trial) private readonly trials: Repository<Trial>,
  ) {}

  onModuleInit(): void {
    this.calls.on('stored', (calls, tx) => this.openForTrialSales(calls, tx));
    this.calls.on('finalVerdictChanged', (call, tx) => this.verdictChanged(call, tx));
    this.calls.on('saleCancelled', (call, tx) => this.cancelForSale(call, tx));
    this.blacklist.on('added', (phone, tx) => this.blacklisted(phone, tx));
    this.lookup.register(
      async (id) => {
        const trial = await this.trials.findOneBy({ id });
        return trial && { id: trial.id, productCode: trial.productCode, trialEnd: trial.trialEnd };
      },
      async (saleCallId) => (await this.trials.findOneBy({ saleCallId }))?.id ?? null,
    );
  }

  private async openForTrialSales(calls: CallFacts[], tx: EntityManager): Promise<void> {
    const sales = calls.filter(
      (c) => isSale(c) && c.finalStatus === 'valid' && c.saleStatus !== 'cancelled',
    );
    if (sales.length === 0) return;
    const productIds = [...new Set(sales.map((c) => c.productId))];
    const products = await this.catalogue.productsByIds(productIds, tx);
    const trialDays = new Map(products.map((p) => [p.id, p.trialDays]));
    await this.opener.open(
      tx,
      sales
        .filter((call) => trialDays.get(call.productId))
        .map((call) => ({
          saleCallId: call.id,
          phone: call.phone,
          productId: call.productId,
          productCode: call.productCode,
          trialDays: trialDays.get(call.productId)!,
          startedAt: call.startedAt,
          call,
        })),
    );
  }

  private async verdictChanged(call: CallFacts, tx: EntityManager): Promise<void> {
    if (!isSale(call)) return;
    if (call.finalStatus === 'valid') {
      await this.openForTrialSales([call], tx);
      return this.reinstateForSale(call, tx);
    }
    if (call.finalStatus === 'invalid') await this.cancelForSale(call, tx);
  }

  private async cancelForSale(call: CallFacts, tx: EntityManager): Promise<void> {
    const trial = await tx.getRepository(Trial).findOneBy({ saleCallId: call.id });
    if (trial) await this.transitions.close(tx, trial.id, 'sale_invalidated');
  }

  /** A sale_invalid cancellation is withdrawn before the gate (see trial-reinstate.ts). */
  private async reinstateForSale(call: CallFacts, tx: EntityManager): Promise<void> {
    const trial = await tx.getRepository(Trial).findOneBy({ saleCallId: call.id });
    if (trial) await this.transitions.close(tx, trial.id, 'sale_reinstated');
  }

  private async blacklisted(phone: string, tx: EntityManager): Promise<void> {
    const open = await tx
      .getRepository(Trial)
      .createQueryBuilder('t')
      .where('t.phone = :phone AND t.status IN (:...open)', { phone, open: OPEN_STATUSES })
      .getMany();
    for (const trial of open) await this.transitions.close(tx, trial.id, 'blacklisted');
  }
}
