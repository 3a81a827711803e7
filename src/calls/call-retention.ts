import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { pageBefore, type RetentionPage } from '../database/retention-page.js';
import { LedgerService } from '../ledger/index.js';
import { Call } from './call.entity.js';
import { CallRecording } from './recordings/call-recording.entity.js';
import { RecordingStore } from './recordings/recording-store.js';

/** An item of the calls module past a clock, as plain facts (never the entity). */
export interface RetainedItem {
  id: number;
  callId: number;
  /** The call's start: every clock of a call and its parts runs from it. */
  since: Date;
}
export interface RetainedRecording extends RetainedItem {
  file: string;
  sha256: string;
}

/** Why a recording went, chained in its purge entry (the class and the clock in force). */
export interface PurgeReason {
  dataClass: string;
  keepDays: number;
}

/**
 * What the retention purge may ask of calls: its recordings, transcripts and
 * numbers past a cutoff, and removing them. Recording files go after the
 * transaction that chains their purge commits, so the ledger never vouches for
 * a file as present that is gone; a file whose removal then fails stays on
 * disk, still matching its hash.
 */
@Injectable()
export class CallRetention {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: LedgerService,
    private readonly store: RecordingStore,
  ) {}

  async recordings(page: RetentionPage): Promise<RetainedRecording[]> {
    const rows = await pageBefore(
      this.db
        .getRepository(CallRecording)
        .createQueryBuilder('r')
        .innerJoin(Call, 'c', 'c.id = r.call_id')
        .select(['r.call_id AS "callId"', 'r.file AS file', 'r.sha256 AS sha256'])
        .addSelect('c.started_at', 'since')
        .where('r.purged_at IS NULL'),
      { id: 'r.call_id', clock: 'c.started_at' },
      page,
    ).getRawMany<{ callId: number; file: string; sha256: string; since: string }>();
    // A call has one recording: its id names the recording too.
    return rows.map((r) => ({
      ...r,
      id: Number(r.callId),
      callId: Number(r.callId),
      since: new Date(r.since),
    }));
  }

  async purgeRecordings(items: (RetainedRecording & PurgeReason)[], at: Date): Promise<number> {
    if (items.length === 0) return 0;
    const gone = await this.db.transaction(async (tx) => {
      // Only what no concurrent run purged first: one purge entry per recording, ever.
      const q = tx
        .getRepository(CallRecording)
        .createQueryBuilder('r')
        .select('r.call_id', 'callId')
        .where('r.call_id IN (:...ids) AND r.purged_at IS NULL', {
          ids: items.map((i) => i.callId),
        });
      if (tx.connection.options.type === 'postgres') q.setLock('pessimistic_write');
      const open = new Set((await q.getRawMany<{ callId: number }>()).map((r) => Number(r.callId)));
      const mine = items.filter((i) => open.has(i.callId));
      if (mine.length === 0) return [];
      await tx
        .getRepository(CallRecording)
        .update({ callId: In(mine.map((i) => i.callId)) }, { purgedAt: at });
      // One entry per recording: verification then knows each missing file was purged by policy.
      for (const i of mine)
        await this.ledger.append(tx, {
          kind: 'purge',
          subject: `call:${i.callId}`,
          phone: null,
          payload: {
            callId: i.callId,
            file: i.file,
            sha256: i.sha256,
            dataClass: i.dataClass,
            keepDays: i.keepDays,
            purgedAt: at.toISOString(),
          },
        });
      return mine;
    });
    for (const i of gone) await this.store.withdraw(i.file);
    return gone.length;
  }

  transcripts(page: RetentionPage): Promise<RetainedItem[]> {
    return this.callsWhere(page, 'c.transcript IS NOT NULL');
  }

  async eraseTranscripts(callIds: number[]): Promise<number> {
    if (callIds.length === 0) return 0;
    const res = await this.db
      .getRepository(Call)
      .update({ id: In(callIds), transcript: Not(IsNull()) }, { transcript: null });
    return res.affected ?? callIds.length;
  }

  /** Calls that still carry a number. */
  identified(page: RetentionPage): Promise<RetainedItem[]> {
    return this.callsWhere(page, "c.phone <> ''");
  }

  /** The number goes (and the words with it); the call's facts stay for the figures. */
  async anonymise(callIds: number[]): Promise<number> {
    if (callIds.length === 0) return 0;
    const res = await this.db
      .getRepository(Call)
      .update({ id: In(callIds), phone: Not('') }, { phone: '', transcript: null });
    return res.affected ?? callIds.length;
  }

  private async callsWhere(page: RetentionPage, where: string): Promise<RetainedItem[]> {
    const rows = await pageBefore(
      this.db
        .getRepository(Call)
        .createQueryBuilder('c')
        .select(['c.id AS id', 'c.started_at AS since'])
        .where(where),
      { id: 'c.id', clock: 'c.started_at' },
      page,
    ).getRawMany<{ id: number; since: string }>();
    return rows.map((r) => ({ id: Number(r.id), callId: Number(r.id), since: new Date(r.since) }));
  }
}
