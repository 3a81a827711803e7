import { canonicalJson, sha256Hex } from './canonical.js';

/** The hash an empty chain "ends" in: the first entry links to it. */
export const GENESIS_HASH = '0'.repeat(64);

export const LEDGER_KINDS = [
  'sale',
  'recording',
  'confirmation',
  'review',
  'overturn',
  'cancellation',
  'reinstatement',
  // Written by the retention work (issue 18, later part): a recording removed by policy.
  'purge',
] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/** A fact to be chained, before it has a place in the chain. */
export interface EntryDraft {
  kind: LedgerKind;
  /** "call:12", "trial:3", "review:7": what the entry is about. */
  subject: string;
  /** The subscriber, normalised (normalizePhone); null when the fact names none. */
  phone: string | null;
  payload: Record<string, unknown>;
  /**
   * The transcript texts the payload's segments carry by hash, in segment
   * order. Kept beside the chain, not in it, so a text can later be erased
   * (PIPL) without breaking the chain: its hash stays in the payload.
   */
  evidence?: string[];
}

export interface ChainHead {
  seq: number;
  hash: string;
}

export interface SealedEntry extends EntryDraft, ChainHead {
  prevHash: string;
  /** ISO-8601 UTC: when the entry was appended. */
  at: string;
  /** The payload's canonical JSON: stored as it was hashed. */
  payloadText: string;
}

type HashedColumns = Pick<SealedEntry, 'seq' | 'kind' | 'subject' | 'phone' | 'at'>;

/**
 * The hashed part of an entry: every stored column but the hashes and the
 * evidence texts, as the canonical JSON of {at, kind, payload, phone, seq,
 * subject}. The payload goes in as its stored text, so an append serialises it
 * once and a verification hashes what is stored without re-serialising it.
 */
export function entryHash(prevHash: string, e: HashedColumns, payloadText: string): string {
  const body =
    `{"at":${JSON.stringify(e.at)},"kind":${JSON.stringify(e.kind)},"payload":${payloadText},` +
    `"phone":${JSON.stringify(e.phone)},"seq":${e.seq},"subject":${JSON.stringify(e.subject)}}`;
  return sha256Hex(`${prevHash}\n${body}`);
}

/** Places drafts after `head`, in order, each linked to the one before. */
export function seal(head: ChainHead, drafts: EntryDraft[], at: Date): SealedEntry[] {
  const stamp = at.toISOString();
  let { seq, hash: prevHash } = head;
  return drafts.map((d) => {
    seq += 1;
    const payloadText = canonicalJson(d.payload);
    const hash = entryHash(
      prevHash,
      { seq, kind: d.kind, subject: d.subject, phone: d.phone, at: stamp },
      payloadText,
    );
    // Named members rather than a spread: a bulk import seals thousands a second.
    const entry: SealedEntry = {
      kind: d.kind,
      subject: d.subject,
      phone: d.phone,
      payload: d.payload,
      evidence: d.evidence,
      seq,
      at: stamp,
      prevHash,
      payloadText,
      hash,
    };
    prevHash = hash;
    return entry;
  });
}
