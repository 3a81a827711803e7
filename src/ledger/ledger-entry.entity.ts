import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LedgerKind } from './domain/chain.js';

/**
 * One link of the consent ledger: appended, never updated or deleted. `hash`
 * covers every column but `evidence` (see domain/chain.ts); the payload is
 * canonical JSON as hashed. Indexes: the migration (phone + seq, at).
 */
@Entity('ledger_entries')
export class LedgerEntry {
  @PrimaryColumn({ type: 'integer' }) seq: number;
  @Column({ type: 'varchar', length: 16 }) kind: LedgerKind;
  @Column({ type: 'varchar', length: 40 }) subject: string;
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;
  /** ISO-8601 UTC text as hashed (not a Date: a round trip must give back the same text). */
  @Column({ type: 'varchar', length: 24 })
  at: string;
  @Column({ type: 'text' }) payload: string;
  @Column({ type: 'text', nullable: true }) evidence: string | null;
  @Column({ type: 'varchar', length: 64, name: 'prev_hash' }) prevHash: string;
  @Column({ type: 'varchar', length: 64 }) hash: string;
}

/** The chain's last link, one row: appenders lock it, so entries queue up across processes. */
@Entity('ledger_head')
export class LedgerHeadRow {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'integer' }) seq: number;
  @Column({ type: 'varchar', length: 64 }) hash: string;
}
