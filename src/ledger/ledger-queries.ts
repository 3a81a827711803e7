import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThan, type EntityManager } from 'typeorm';
import type { ChainHead } from './domain/chain.js';
import { GENESIS_HASH } from './domain/chain.js';
import { LedgerEntry, LedgerHeadRow } from './ledger-entry.entity.js';

/** Reads of the ledger: one subscriber's entries, and the head at a moment. */
@Injectable()
export class LedgerQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  forPhone(phone: string): Promise<LedgerEntry[]> {
    return this.db.getRepository(LedgerEntry).find({ where: { phone }, order: { seq: 'ASC' } });
  }

  async head(): Promise<ChainHead> {
    const row = await this.db.getRepository(LedgerHeadRow).findOneBy({ id: 1 });
    return row ? { seq: Number(row.seq), hash: row.hash } : { seq: 0, hash: GENESIS_HASH };
  }

  /** The last entry appended before `end`: what a report of the period ending then vouches for. */
  async headBefore(end: Date, manager: EntityManager = this.db.manager): Promise<ChainHead> {
    const last = await manager.getRepository(LedgerEntry).findOne({
      select: { seq: true, hash: true },
      where: { at: LessThan(end.toISOString()) },
      order: { seq: 'DESC' },
    });
    return last ? { seq: Number(last.seq), hash: last.hash } : { seq: 0, hash: GENESIS_HASH };
  }
}
