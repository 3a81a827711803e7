import { Injectable } from '@nestjs/common';
import { CallRetention, CallSampling, type RetainedRecording } from '../calls/index.js';
import { AuditRetention } from '../common/audit/audit-retention.js';
import { DialListRetention } from '../blacklist/index.js';
import { LedgerRetention } from '../ledger/index.js';
import { TrialRetention } from '../trials/index.js';
import type { RetentionPage } from '../database/retention-page.js';
import type { PurgeCandidate } from './domain/clock.js';
import type { ClockedClass } from './domain/data-classes.js';

/**
 * One data class as its owning module serves it: a page of items started
 * before the cutoff (in id order; `after` is the last id seen, whatever
 * `keep` drops), and their removal. Every module answers in plain facts.
 */
export interface PurgeSource {
  dataClass: ClockedClass;
  scan(page: RetentionPage): Promise<{ items: PurgeCandidate[]; lastId: number | null }>;
  remove(items: PurgeCandidate[], keepDays: number, now: Date): Promise<number>;
}

/** The sources of every class the purge runs today, built from the owners' front doors. */
@Injectable()
export class PurgeSources {
  constructor(
    private readonly calls: CallRetention,
    private readonly sampling: CallSampling,
    private readonly audit: AuditRetention,
    private readonly ledger: LedgerRetention,
    private readonly trials: TrialRetention,
    private readonly dialLists: DialListRetention,
  ) {}

  all(): PurgeSource[] {
    return [
      this.recordings('recordings_unsampled', false),
      this.recordings('recordings_reviewed', true),
      {
        dataClass: 'transcripts',
        scan: (p) => paged(this.calls.transcripts(p)),
        remove: (items) => this.calls.eraseTranscripts(items.map((i) => i.id)),
      },
      {
        dataClass: 'calls',
        scan: (p) => paged(this.calls.identified(p)),
        remove: (items) => this.calls.anonymise(items.map((i) => i.id)),
      },
      {
        dataClass: 'trials',
        scan: (p) => paged(this.trials.closedBefore(p)),
        remove: (items) => this.trials.anonymise(items.map((i) => i.id)),
      },
      {
        dataClass: 'dial_lists',
        scan: (p) => paged(this.dialLists.older(p).then(unlinked)),
        remove: (items) => this.dialLists.remove(items.map((i) => i.id)),
      },
      {
        dataClass: 'audit',
        scan: (p) => paged(this.audit.older(p).then(unlinked)),
        remove: (items) => this.audit.remove(items.map((i) => i.id)),
      },
      {
        dataClass: 'ledger',
        scan: (p) => paged(this.ledger.withEvidence(p)),
        remove: (items) => this.ledger.eraseEvidence(items.map((i) => i.id)),
      },
    ];
  }

  /** Both recording classes read one table; each keeps the recordings its sampling says are its own. */
  private recordings(dataClass: ClockedClass, sampled: boolean): PurgeSource {
    return {
      dataClass,
      scan: async (p) => {
        const rows = await this.calls.recordings(p);
        const drawn = await this.sampling.sampled(rows.map((r) => r.callId));
        const mine = rows.filter((r) => drawn.has(r.callId) === sampled);
        return { items: mine, lastId: rows.length ? rows[rows.length - 1].id : null };
      },
      // The items are the rows scan returned (the hold filter passes them through).
      remove: (items, keepDays, now) =>
        this.calls.purgeRecordings(
          (items as RetainedRecording[]).map((i) => ({ ...i, dataClass, keepDays })),
          now,
        ),
    };
  }
}

async function paged(
  rows: Promise<PurgeCandidate[]>,
): Promise<{ items: PurgeCandidate[]; lastId: number | null }> {
  const items = await rows;
  return { items, lastId: items.length ? items[items.length - 1].id : null };
}

/** Items no call's hold can protect. */
const unlinked = (rows: { id: number; since: Date }[]): PurgeCandidate[] =>
  rows.map((r) => ({ ...r, callId: null }));
