import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Call } from './call.entity.js';

export type CallListener = (call: Call, manager: EntityManager) => Promise<void>;
/** Called once per batch: an import stores hundreds of calls in one transaction. */
export type StoredListener = (calls: Call[], manager: EntityManager) => Promise<void>;

/**
 * Lets other modules react to calls without the calls module depending on
 * them: trials open on a valid trial sale; trials cancel when QA makes a sale
 * invalid. Listeners run inside the transaction that stored the change, so a
 * call and what follows from it are written together or not at all.
 */
@Injectable()
export class CallEvents {
  private readonly stored: StoredListener[] = [];
  private readonly verdictChanged: CallListener[] = [];
  private readonly saleCancelled: CallListener[] = [];
  private readonly saleReinstated: CallListener[] = [];

  /** New calls were stored (not on an idempotent repeat), with their ids. */
  onStored(listener: StoredListener): void {
    this.stored.push(listener);
  }

  /** The call's final verdict changed (human review, overturn, or re-evaluation). */
  onFinalVerdictChanged(listener: CallListener): void {
    this.verdictChanged.push(listener);
  }

  /** A remedial call-back (回访修正) found the customer did not agree: the subscription is cancelled. */
  onSaleCancelled(listener: CallListener): void {
    this.saleCancelled.push(listener);
  }

  /** A held sale was confirmed by a valid remedial call-back: it is activated after all. */
  onSaleReinstated(listener: CallListener): void {
    this.saleReinstated.push(listener);
  }

  get hasStoredListeners(): boolean {
    return this.stored.length > 0;
  }

  async emitStored(calls: Call[], manager: EntityManager): Promise<void> {
    if (calls.length === 0) return;
    for (const l of this.stored) await l(calls, manager);
  }

  async emitFinalVerdictChanged(call: Call, manager: EntityManager): Promise<void> {
    for (const l of this.verdictChanged) await l(call, manager);
  }

  async emitSaleCancelled(call: Call, manager: EntityManager): Promise<void> {
    for (const l of this.saleCancelled) await l(call, manager);
  }

  async emitSaleReinstated(call: Call, manager: EntityManager): Promise<void> {
    for (const l of this.saleReinstated) await l(call, manager);
  }
}
