import { Injectable } from '@nestjs/common';
import { InvalidInputError } from '../common/errors.js';
import { normalizePhone } from '../common/phone/normalize-phone.js';
import type { LedgerEntry } from './ledger-entry.entity.js';
import { LedgerQueries } from './ledger-queries.js';
import type { LedgerEntryView, LedgerSegmentView, SubscriberProofView } from './ledger-view.js';

/** GET /api/ledger?phone=: the carrier's auditor's proof for one subscriber. */
@Injectable()
export class SubscriberProof {
  constructor(private readonly queries: LedgerQueries) {}

  async of(rawPhone: string): Promise<SubscriberProofView> {
    const phone = normalizePhone(rawPhone);
    if (phone === null) throw new InvalidInputError('phone: not a phone number in any spelling');
    const [entries, head] = await Promise.all([this.queries.forPhone(phone), this.queries.head()]);
    return { phone, entries: entries.map(toEntryView), head };
  }
}

function toEntryView(e: LedgerEntry): LedgerEntryView {
  const payload = JSON.parse(e.payload) as Record<string, unknown>;
  const texts = e.evidence ? (JSON.parse(e.evidence) as string[]) : [];
  const segments = ((payload.segments ?? []) as Omit<LedgerSegmentView, 'text'>[]).map((s, i) => ({
    ...s,
    text: texts[i] ?? null,
  }));
  const recording = payload.recording as { file?: string } | null | undefined;
  const callId = payload.callId as number | undefined;
  return {
    seq: Number(e.seq),
    kind: e.kind,
    subject: e.subject,
    at: e.at,
    prevHash: e.prevHash,
    hash: e.hash,
    payload,
    segments,
    recordingUrl: recording?.file && callId ? `/api/calls/${callId}/recording` : null,
  };
}
