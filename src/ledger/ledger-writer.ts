import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BulkSql } from '../database/bulk-sql.js';
import { seal, type ChainHead, type EntryDraft, type SealedEntry } from './domain/chain.js';
import { LedgerEntry, LedgerHeadRow } from './ledger-entry.entity.js';

const COLUMNS = [
  'seq',
  'kind',
  'subject',
  'phone',
  'at',
  'payload',
  'evidence',
  'prev_hash',
  'hash',
];

/**
 * Appends entries inside the caller's transaction, so an entry exists exactly
 * when the fact it proves does. The head row moves from the head the entries
 * link to onto their last one by a compare-and-set UPDATE, which also locks
 * it (a row lock on PostgreSQL; SQLite writes one transaction at a time), so
 * appenders in several processes queue on it and the chain never forks; seq
 * is the primary key besides, so a fork could not be stored. One INSERT per batch.
 */
@Injectable()
export class LedgerWriter {
  /**
   * The head this process last moved the chain to: only a guess that saves a
   * bulk import one read per batch. The compare-and-set checks it against the
   * stored head; when another process appended since, or the transaction that
   * moved it rolled back, the set misses and the head is read under lock.
   */
  private lastHead: ChainHead | null = null;

  async append(tx: EntityManager, drafts: EntryDraft[]): Promise<SealedEntry[]> {
    if (drafts.length === 0) return [];
    const sql = new BulkSql(tx);
    const at = new Date();
    let sealed = this.lastHead ? seal(this.lastHead, drafts, at) : [];
    if (!this.lastHead || !(await this.moveHead(tx, sql, this.lastHead, sealed))) {
      const head = await this.lockHead(tx, sql);
      sealed = seal(head, drafts, at);
      if (!(await this.moveHead(tx, sql, head, sealed)))
        throw new Error('ledger_head changed while locked');
    }
    await sql.insert(
      LedgerEntry,
      COLUMNS,
      sealed.map((e) => [
        e.seq,
        e.kind,
        e.subject,
        e.phone,
        e.at,
        e.payloadText,
        e.evidence && e.evidence.length > 0 ? JSON.stringify(e.evidence) : null,
        e.prevHash,
        e.hash,
      ]),
    );
    const last = sealed[sealed.length - 1];
    this.lastHead = { seq: last.seq, hash: last.hash };
    return sealed;
  }

  /** Sets the head to the last of `sealed` if it still is `from`; false when it is not. */
  private async moveHead(
    tx: EntityManager,
    sql: BulkSql,
    from: ChainHead,
    sealed: SealedEntry[],
  ): Promise<boolean> {
    const last = sealed[sealed.length - 1];
    const p = (i: number) => sql.placeholders(1, i);
    const runner = tx.queryRunner;
    if (!runner?.isTransactionActive)
      throw new Error('ledger entries are appended inside the transaction of the fact they prove');
    const result: { affected?: number } = await runner.query(
      `UPDATE ${sql.table(LedgerHeadRow)} SET seq = ${p(0)}, hash = ${p(1)} WHERE id = 1 AND seq = ${p(2)} AND hash = ${p(3)}`,
      [last.seq, last.hash, from.seq, from.hash],
      true,
    );
    return result.affected === 1;
  }

  private async lockHead(tx: EntityManager, sql: BulkSql): Promise<ChainHead> {
    const forUpdate = tx.connection.options.type === 'postgres' ? ' FOR UPDATE' : '';
    const rows: { seq: number | string; hash: string }[] = await tx.query(
      `SELECT seq, hash FROM ${sql.table(LedgerHeadRow)} WHERE id = 1${forUpdate}`,
    );
    if (rows.length === 0)
      throw new Error('ledger_head has no row: the ledger migration did not run');
    return { seq: Number(rows[0].seq), hash: rows[0].hash };
  }
}
