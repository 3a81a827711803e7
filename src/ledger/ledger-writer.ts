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
 * when the fact it proves does. The head row is locked first (FOR UPDATE on
 * PostgreSQL; SQLite writes one transaction at a time anyway), so appenders in
 * several processes queue on it and the chain never forks; seq is the primary
 * key besides, so a fork could not be stored. One INSERT per batch.
 */
@Injectable()
export class LedgerWriter {
  async append(tx: EntityManager, drafts: EntryDraft[]): Promise<SealedEntry[]> {
    if (drafts.length === 0) return [];
    const sql = new BulkSql(tx);
    const head = await this.lockHead(tx, sql);
    const sealed = seal(head, drafts, new Date());
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
    await tx.query(
      `UPDATE ${sql.table(LedgerHeadRow)} SET seq = ${sql.placeholders(1)}, hash = ${sql.placeholders(1, 1)} WHERE id = 1`,
      [last.seq, last.hash],
    );
    return sealed;
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
