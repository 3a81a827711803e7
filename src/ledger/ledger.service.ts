import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CatalogueReader } from '../catalogue/index.js';
import { sha256Hex } from './domain/canonical.js';
import type { EntryDraft, LedgerKind, SealedEntry } from './domain/chain.js';
import {
  callFacts,
  saleDraft,
  type CallContext,
  type LedgerCall,
  type LedgerProduct,
} from './domain/entries.js';
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
  async appendSales(
    tx: EntityManager,
    calls: LedgerCall[],
    memo?: SaleTermsMemo,
  ): Promise<SealedEntry[]> {
    const sales = calls.filter((c) => c.outcome === 'sale');
    if (sales.length === 0) return [];
    const context = await this.contexts(tx, sales, memo);
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

  /** Products' terms and scripts' hashes for a batch of calls: at most two reads, none when memoised. */
  private async contexts(tx: EntityManager, calls: LedgerCall[], memo = new SaleTermsMemo()) {
    const productIds = [...new Set(calls.map((c) => c.productId))].filter(
      (id) => !memo.products.has(id),
    );
    const scriptIds = [
      ...new Set(calls.flatMap((c) => (c.scriptVersionId === null ? [] : [c.scriptVersionId]))),
    ].filter((id) => !memo.scripts.has(id));
    for (const p of await this.catalogue.productsByIds(productIds, tx))
      memo.products.set(p.id, {
        code: p.code,
        monthlyFeeCents: p.monthlyFeeCents,
        trialDays: p.trialDays,
      });
    for (const s of await this.catalogue.scriptTexts(scriptIds, tx))
      memo.scripts.set(s.id, sha256Hex(s.text));
    return (c: LedgerCall): CallContext => ({
      product: memo.products.get(c.productId) ?? null,
      scriptSha256:
        c.scriptVersionId === null ? null : (memo.scripts.get(c.scriptVersionId) ?? null),
    });
  }
}

/**
 * Products' terms and scripts' hashes already read, for one bulk import: it
 * judges every row by the catalogue as it was when the import began (as its
 * reference resolver does), so it reads each product and script once.
 */
export class SaleTermsMemo {
  readonly products = new Map<number, LedgerProduct>();
  readonly scripts = new Map<number, string>();
}
