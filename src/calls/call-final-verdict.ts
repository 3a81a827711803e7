import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CallsService } from './calls.service.js';

/**
 * The writes a QA review makes to a call, inside the review's own transaction
 * (the caller's EntityManager), so the review, its consequences and the call's
 * verdict commit or roll back together. Calls keeps the rules: the sale gate,
 * the ledger entries and the events (CallsService).
 */
@Injectable()
export class CallFinalVerdict {
  constructor(private readonly calls: CallsService) {}

  /** A human review sets the final verdict (and gates the sale on it). */
  async setByReview(tx: EntityManager, callId: number, status: 'valid' | 'invalid'): Promise<void> {
    await this.calls.setReviewedVerdict(callId, status, tx);
  }

  /** A remedial call-back settles the sale a review held: activated if the customer agreed. */
  async settleHeldSale(tx: EntityManager, callId: number, customerAgreed: boolean): Promise<void> {
    await this.calls.settleHeldSale(callId, customerAgreed, tx);
  }
}
