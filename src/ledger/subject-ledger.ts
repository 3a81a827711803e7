import { Injectable } from '@nestjs/common';
import { In, IsNull, Not, type EntityManager } from 'typeorm';
import { LedgerEntry } from './ledger-entry.entity.js';

/**
 * The ledger's side of an erase. Entries are never edited: the number is inside
 * what each hash covers, so they stay as consent proof. Only the copies of the
 * transcript segments kept beside the chain (`evidence`, outside the hash) go
 * once their call's transcript goes; verification then skips the texts and
 * still checks every hash.
 */
@Injectable()
export class SubjectLedger {
  async eraseEvidence(tx: EntityManager, phone: string, callIds: number[]): Promise<void> {
    if (callIds.length === 0) return;
    const wanted = new Set(callIds);
    const repo = tx.getRepository(LedgerEntry);
    const rows = await repo.find({
      select: { seq: true, payload: true },
      where: { phone, evidence: Not(IsNull()) },
    });
    const seqs = rows
      .filter((r) => wanted.has(Number((JSON.parse(r.payload) as { callId?: unknown }).callId)))
      .map((r) => r.seq);
    if (seqs.length > 0) await repo.update({ seq: In(seqs) }, { evidence: null });
  }
}
