import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { pageBefore, type RetentionPage } from '../database/retention-page.js';
import { LedgerEntry } from './ledger-entry.entity.js';

/**
 * What the retention purge may take from the ledger: the transcript texts kept
 * beside old entries. Entries themselves stay, since removing one would break
 * the chain for every entry after it; the texts' hashes stay in the payloads.
 */
@Injectable()
export class LedgerRetention {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async withEvidence(
    page: RetentionPage,
  ): Promise<{ id: number; callId: number | null; since: Date }[]> {
    const rows = await pageBefore(
      this.db
        .getRepository(LedgerEntry)
        .createQueryBuilder('e')
        .select(['e.seq', 'e.subject', 'e.at'])
        .where('e.evidence IS NOT NULL'),
      { id: 'e.seq', clock: 'e.at' },
      page,
    ).getMany();
    return rows.map((r) => ({
      id: Number(r.seq),
      callId: /^call:\d+$/.test(r.subject) ? Number(r.subject.slice(5)) : null,
      since: new Date(r.at),
    }));
  }

  async eraseEvidence(seqs: number[]): Promise<number> {
    if (seqs.length === 0) return 0;
    const res = await this.db
      .getRepository(LedgerEntry)
      .update({ seq: In(seqs), evidence: Not(IsNull()) }, { evidence: null });
    return res.affected ?? seqs.length;
  }
}
