import { sha256Hex } from './canonical.js';
import { entryHash, GENESIS_HASH, type ChainHead, type LedgerKind } from './chain.js';

/** An entry as read back from storage: the payload and evidence still as stored text. */
export interface StoredEntry {
  seq: number;
  kind: LedgerKind;
  subject: string;
  phone: string | null;
  at: string;
  payloadText: string;
  evidenceText: string | null;
  prevHash: string;
  hash: string;
}

export type BreakKind =
  'sequence' | 'link' | 'entry' | 'evidence' | 'script' | 'recording' | 'head';

/** One place where the chain or something it vouches for no longer holds. */
export interface ChainBreak {
  seq: number;
  what: BreakKind;
  why: string;
}

export interface ScriptRef {
  versionId: number;
  sha256: string;
}
export interface RecordingRef {
  callId: number;
  file: string;
  sha256: string;
}

/** What a recording file hashes to now; `missing` when it is not there. */
export type FileState = { sha256: string } | 'missing';

/** A rewritten ledger would break at every entry: report the first ones, count the rest. */
const MAX_BREAKS = 1_000;
const short = (hash: string) => hash.slice(0, 12);

/**
 * Walks the chain entry by entry (in seq order) and collects what the entries
 * vouch for outside it (script texts, recording files), so those are hashed
 * once each, after the walk, when every purge record has been seen.
 */
export class ChainWalker {
  /** The first MAX_BREAKS breaks found; `breakCount` counts them all. */
  readonly breaks: ChainBreak[] = [];
  breakCount = 0;
  private prev: ChainHead = { seq: 0, hash: GENESIS_HASH };
  private readonly scripts = new Map<string, { ref: ScriptRef; seq: number }>();
  private readonly recordings: { ref: RecordingRef; seq: number }[] = [];
  private readonly purged = new Set<string>();
  /** Recordings found missing that a purge entry explains (the first MAX_BREAKS). */
  readonly purgedByPolicy: { seq: number; callId: number; file: string }[] = [];
  purgedCount = 0;
  count = 0;

  get head(): ChainHead {
    return this.prev;
  }

  next(e: StoredEntry): void {
    this.count += 1;
    if (e.seq !== this.prev.seq + 1)
      this.fail(
        e.seq,
        'sequence',
        `entry ${this.prev.seq + 1}${e.seq > this.prev.seq + 2 ? `–${e.seq - 1}` : ''} is missing`,
      );
    if (e.prevHash !== this.prev.hash)
      this.fail(
        e.seq,
        'link',
        `links to ${short(e.prevHash)}…, but entry ${this.prev.seq} hashes to ${short(this.prev.hash)}…`,
      );
    const payload = parse(e.payloadText);
    if (payload === null) {
      this.fail(e.seq, 'entry', 'its payload is not a JSON object');
    } else {
      const actual = entryHash(e.prevHash, e, e.payloadText);
      if (actual !== e.hash)
        this.fail(
          e.seq,
          'entry',
          `its stored content no longer hashes to ${short(e.hash)}… (now ${short(actual)}…): the entry was edited`,
        );
      this.collect(e, payload);
    }
    this.prev = { seq: e.seq, hash: e.hash };
  }

  /** The chain must end where the head row says it does: a missing tail is a break too. */
  end(stored: ChainHead | null): void {
    if (!stored || stored.seq === this.prev.seq) return;
    if (stored.seq > this.prev.seq)
      this.fail(
        this.prev.seq + 1,
        'head',
        `the chain ends at ${this.prev.seq} but its head is ${stored.seq}: entries were removed`,
      );
    else
      this.fail(
        stored.seq,
        'head',
        `the head says ${stored.seq} but the chain goes on to ${this.prev.seq}`,
      );
  }

  scriptRefs(): { ref: ScriptRef; seq: number }[] {
    return [...this.scripts.values()];
  }

  checkScript({ ref, seq }: { ref: ScriptRef; seq: number }, text: string | null): void {
    if (text === null)
      return this.fail(seq, 'script', `script version ${ref.versionId} no longer exists`);
    const now = sha256Hex(text);
    if (now !== ref.sha256)
      this.fail(
        seq,
        'script',
        `script version ${ref.versionId}'s text no longer hashes to ${short(ref.sha256)}… (now ${short(now)}…): the approved text was edited`,
      );
  }

  recordingRefs(): { ref: RecordingRef; seq: number }[] {
    return this.recordings;
  }

  /** A purged recording is absent by policy, not broken: its hash stays in the chain. */
  isPurged(file: string): boolean {
    return this.purged.has(file);
  }

  checkRecording({ ref, seq }: { ref: RecordingRef; seq: number }, state: FileState): void {
    if (state === 'missing') {
      if (this.purged.has(ref.file)) {
        this.purgedCount += 1;
        if (this.purgedByPolicy.length < MAX_BREAKS)
          this.purgedByPolicy.push({ seq, callId: ref.callId, file: ref.file });
      } else
        this.fail(
          seq,
          'recording',
          `recording ${ref.file} of call ${ref.callId} is missing and no purge record explains it`,
        );
      return;
    }
    if (state.sha256 !== ref.sha256)
      this.fail(
        seq,
        'recording',
        `recording ${ref.file} of call ${ref.callId} no longer hashes to ${short(ref.sha256)}… (now ${short(state.sha256)}…): the file was altered`,
      );
  }

  private collect(e: StoredEntry, payload: Record<string, unknown>): void {
    const script = payload.script as ScriptRef | null | undefined;
    if (script?.sha256 && !this.scripts.has(`${script.versionId}:${script.sha256}`))
      this.scripts.set(`${script.versionId}:${script.sha256}`, { ref: script, seq: e.seq });
    const recording = payload.recording as Omit<RecordingRef, 'callId'> | null | undefined;
    if (e.kind === 'recording' && recording?.sha256)
      this.recordings.push({ ref: { ...recording, callId: Number(payload.callId) }, seq: e.seq });
    if (e.kind === 'purge' && typeof payload.file === 'string') this.purged.add(payload.file);
    this.checkEvidence(e, payload);
  }

  private checkEvidence(e: StoredEntry, payload: Record<string, unknown>): void {
    const segments = (payload.segments ?? []) as { textSha256: string }[];
    if (segments.length === 0 || e.evidenceText === null) return; // none, or erased
    const texts = parse(e.evidenceText, true) as string[] | null;
    const i = segments.findIndex(
      (s, k) => !texts || sha256Hex(String(texts[k] ?? '')) !== s.textSha256,
    );
    if (i >= 0)
      this.fail(
        e.seq,
        'evidence',
        `the text of segment ${i + 1} no longer matches its hash in the entry`,
      );
  }

  private fail(seq: number, what: BreakKind, why: string): void {
    this.breakCount += 1;
    if (this.breaks.length < MAX_BREAKS) this.breaks.push({ seq, what, why });
  }
}

function parse(text: string, array = false): Record<string, unknown> | null {
  try {
    const v = JSON.parse(text) as unknown;
    if (v === null || typeof v !== 'object' || Array.isArray(v) !== array) return null;
    return v as Record<string, unknown>;
  } catch {
    return null;
  }
}
