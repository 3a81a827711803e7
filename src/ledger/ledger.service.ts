import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CatalogueReader } from '../catalogue/index.js';
import { sha256Hex } from './domain/canonical.js';
import type { EntryDraft, LedgerKind, SealedEntry } from './domain/chain.js';
import { callFacts, saleDraft, type CallContext, type LedgerCall } from './domain/entries.js';
import { LedgerWriter } from './ledger-writer.js';

/** A confirmation outcome as the trial machine took it. */
export interface ConfirmationFact {
  trialId: number;
  step: number;
  outcome: string;
  /** The call met the four standards for this outcome: the step counts. */
  counts: boolean;
  cancelMethodSaid: boolean;
  /** The trial end in force when the call was made: the date the agent had to state. */
  trialEnd: string;
  call: LedgerCall;
}

/** A fact that carries no call of its own: a review, a cancellation, a recording's arrival. */
export interface PlainFact {
  kind: Exclude<LedgerKind, 'sale' | 'confirmation'>;
  subject: string;
  phone: string | null;
  payload: Record<string, unknown>;
}

/**
 * What the modules that make the facts call, inside their own transaction:
 * calls (sales, recordings, a held sale settled), trials (confirmation
 * outcomes, cancellations), qa (reviews, overturns). Entries are only ever
 * appended: a change to a fact is a new entry.
 */
@Injectable()
export class LedgerService {
  constructor(
    private readonly writer: LedgerWriter,
    private readonly catalogue: CatalogueReader,
  ) {}

  /** The sales among `calls` (an import passes its whole batch): one entry each. */
  async appendSales(tx: EntityManager, calls: LedgerCall[]): Promise<SealedEntry[]> {
    const sales = calls.filter((c) => c.outcome === 'sale');
    if (sales.length === 0) return [];
    const context = await this.contexts(tx, sales);
    return this.writer.append(
      tx,
      sales.map((c) => saleDraft(c, context(c))),
    );
  }

  async appendConfirmation(tx: EntityManager, fact: ConfirmationFact): Promise<SealedEntry[]> {
    const { call, ...outcome } = fact;
    const { payload, evidence } = callFacts(call, (await this.contexts(tx, [call]))(call));
    const draft: EntryDraft = {
      kind: 'confirmation',
      subject: `trial:${fact.trialId}`,
      phone: call.phone,
      payload: { ...payload, ...outcome },
      evidence,
    };
    return this.writer.append(tx, [draft]);
  }

  append(tx: EntityManager, fact: PlainFact): Promise<SealedEntry[]> {
    return this.writer.append(tx, [fact]);
  }

  /** Products' terms and scripts' hashes for a batch of calls: two reads per batch. */
  private async contexts(tx: EntityManager, calls: LedgerCall[]) {
    const scriptIds = calls.flatMap((c) => (c.scriptVersionId === null ? [] : [c.scriptVersionId]));
    const [products, scripts] = await Promise.all([
      this.catalogue.productsByIds(
        calls.map((c) => c.productId),
        tx,
      ),
      this.catalogue.scriptTexts(scriptIds, tx),
    ]);
    const productById = new Map(products.map((p) => [p.id, p]));
    const hashById = new Map(scripts.map((s) => [s.id, sha256Hex(s.text)]));
    return (c: LedgerCall): CallContext => {
      const p = productById.get(c.productId);
      return {
        product: p
          ? { code: p.code, monthlyFeeCents: p.monthlyFeeCents, trialDays: p.trialDays }
          : null,
        scriptSha256: c.scriptVersionId === null ? null : (hashById.get(c.scriptVersionId) ?? null),
      };
    };
  }
}
