/**
 * What an erase may anonymise now and what the law or a hold still keeps, and
 * until when. Pure: the keep-days per data class come in (the legal minimum
 * of each retention class, read by `subject-retention.ts` from retention's CLASS_RULES), so the same
 * facts and policies always give the same plan, and a second erase the same
 * answer.
 */

/** Keep-days per data class, by the retention vocabulary's stable ids. */
export interface KeepDays {
  calls: number;
  transcripts: number;
  recordings_unsampled: number;
  recordings_reviewed: number;
  trials: number;
}

export interface CallFact {
  id: number;
  startedAt: Date;
  /** A QA review exists: the recording falls under recordings_reviewed. */
  reviewed: boolean;
  hasRecording: boolean;
  /** An open complaint names the call: legal hold, nothing of it goes. */
  held: boolean;
}

export interface TrialFact {
  id: number;
  /** Still running (trial or confirmation pending): the order is in force. */
  open: boolean;
  closedAt: Date | null;
}

export interface ComplaintFact {
  id: number;
  open: boolean;
}

export type KeptClass =
  | 'calls'
  | 'transcripts'
  | 'recordings'
  | 'trials'
  | 'complaints'
  | 'ledger'
  | 'blacklist'
  | 'audit';

export type KeptReason =
  | 'retention_clock'
  | 'legal_hold'
  | 'open_order'
  | 'awaiting_purge'
  | 'hash_chained'
  | 'blocked'
  | 'audit_trail';

export interface KeptItem {
  class: KeptClass;
  /** The row kept (call, trial or complaint id); null for a whole class. */
  id: number | null;
  /** Until when (ISO date-time); null: as long as the reason lasts. */
  until: string | null;
  reason: KeptReason;
}

export interface ErasurePlan {
  /** Calls whose number is replaced by its keyed hash (and call-backs of them). */
  callNumbers: number[];
  /** Calls whose transcript (and the ledger's copies of its segments, reviewers' notes) go. */
  transcripts: number[];
  trials: number[];
  complaints: number[];
  kept: KeptItem[];
}

const DAY_MS = 86_400_000;
const plus = (at: Date, days: number) => new Date(at.getTime() + days * DAY_MS);

export function planErasure(
  facts: { calls: CallFact[]; trials: TrialFact[]; complaints: ComplaintFact[] },
  keep: KeepDays,
  now: Date,
): ErasurePlan {
  const plan: ErasurePlan = {
    callNumbers: [],
    transcripts: [],
    trials: [],
    complaints: [],
    kept: [],
  };
  const keepOr = (list: number[], cls: KeptClass, id: number, until: Date) => {
    if (until.getTime() <= now.getTime()) list.push(id);
    else plan.kept.push({ class: cls, id, until: until.toISOString(), reason: 'retention_clock' });
  };
  for (const c of [...facts.calls].sort((a, b) => a.id - b.id)) {
    if (c.held) {
      for (const cls of ['calls', 'transcripts', 'recordings'] as const)
        if (cls !== 'recordings' || c.hasRecording)
          plan.kept.push({ class: cls, id: c.id, until: null, reason: 'legal_hold' });
      continue;
    }
    keepOr(plan.callNumbers, 'calls', c.id, plus(c.startedAt, keep.calls));
    keepOr(plan.transcripts, 'transcripts', c.id, plus(c.startedAt, keep.transcripts));
    if (c.hasRecording) {
      const days = c.reviewed ? keep.recordings_reviewed : keep.recordings_unsampled;
      const until = plus(c.startedAt, days);
      // The ledger vouches for the file's hash: only the retention purge deletes it, with
      // the ledger's purge entry, so an erase never leaves verification a hole to explain.
      plan.kept.push({
        class: 'recordings',
        id: c.id,
        until: until.toISOString(),
        reason: until.getTime() <= now.getTime() ? 'awaiting_purge' : 'retention_clock',
      });
    }
  }
  for (const t of [...facts.trials].sort((a, b) => a.id - b.id)) {
    if (t.open || t.closedAt === null)
      plan.kept.push({ class: 'trials', id: t.id, until: null, reason: 'open_order' });
    else keepOr(plan.trials, 'trials', t.id, plus(t.closedAt, keep.trials));
  }
  for (const c of [...facts.complaints].sort((a, b) => a.id - b.id)) {
    if (c.open)
      plan.kept.push({ class: 'complaints', id: c.id, until: null, reason: 'legal_hold' });
    else plan.complaints.push(c.id);
  }
  return plan;
}

/** What no erase removes, whatever the clocks say (the response lists them too). */
export const ALWAYS_KEPT: readonly KeptItem[] = Object.freeze([
  { class: 'ledger', id: null, until: null, reason: 'hash_chained' },
  { class: 'blacklist', id: null, until: null, reason: 'blocked' },
  { class: 'audit', id: null, until: null, reason: 'audit_trail' },
]);
