import {
  STANDARDS,
  computeTrialEnd,
  type Compliance,
  type TranscriptSegment,
} from '../../compliance/index.js';
import { sha256Hex } from './canonical.js';
import type { EntryDraft } from './chain.js';

/** The parts of a stored call an entry records (the calls module's Call has them all). */
export interface LedgerCall {
  id: number;
  externalId: string;
  phone: string;
  agentCode: string;
  productId: number;
  productCode: string;
  scriptVersionId: number | null;
  scriptVersion: string | null;
  purpose: string;
  outcome: string;
  startedAt: Date;
  localDate: string;
  recordingFile: string | null;
  transcript: TranscriptSegment[] | null;
  autoStatus: string;
  autoCompliance: Compliance;
  finalStatus: string;
  finalSource: string;
  engineVersion: string;
  saleStatus: string | null;
}

export interface LedgerProduct {
  code: string;
  monthlyFeeCents: number;
  trialDays: number | null;
}

/** What the catalogue and the caller add to a call: its product's terms and its script's hash. */
export interface CallContext {
  product: LedgerProduct | null;
  scriptSha256: string | null;
}

const SORTED_STANDARDS = [...STANDARDS].sort();

type Segment = {
  role: 'disclosure' | 'consent';
  index: number;
  speaker: string;
  startMs: number;
  endMs: number;
  textSha256: string;
};

/** A sale as sold: terms, script, trial end disclosed, verdict, and the segments that prove it. */
export function saleDraft(call: LedgerCall, ctx: CallContext): EntryDraft {
  const { payload, evidence } = callFacts(call, ctx);
  const trialDays = ctx.product?.trialDays ?? null;
  const script = call.autoCompliance.rules.script;
  return {
    kind: 'sale',
    subject: `call:${call.id}`,
    phone: call.phone,
    // Keys in canonical (sorted) order at every depth, so sealing skips reordering them.
    payload: {
      agent: payload.agent,
      callId: payload.callId,
      externalId: payload.externalId,
      product: payload.product,
      purpose: payload.purpose,
      recording: payload.recording,
      saleStatus: call.saleStatus,
      script: payload.script,
      segments: payload.segments,
      startedAt: payload.startedAt,
      trialEnd: trialDays
        ? {
            date: computeTrialEnd(call.localDate, trialDays),
            disclosed: script.result !== 'unknown' && !script.missing.includes('trial_end'),
          }
        : null,
      verdict: payload.verdict,
    },
    evidence,
  };
}

/** The facts of a call every call-based entry carries, and the texts of its proving segments. */
export function callFacts(
  call: LedgerCall,
  ctx: CallContext,
): { payload: Record<string, unknown>; evidence: string[] } {
  const segments = provingSegments(call);
  const rules = call.autoCompliance.rules;
  return {
    // Keys in canonical (sorted) order at every depth, so sealing skips reordering them.
    payload: {
      agent: call.agentCode,
      callId: call.id,
      externalId: call.externalId,
      product: ctx.product ?? { code: call.productCode },
      purpose: call.purpose,
      // The file's hash is chained when its bytes arrive (a `recording` entry).
      recording: call.recordingFile ? { file: call.recordingFile } : null,
      script:
        call.scriptVersionId === null
          ? null
          : {
              sha256: ctx.scriptSha256,
              version: call.scriptVersion,
              versionId: call.scriptVersionId,
            },
      segments: segments.map((s) => ({
        endMs: s.endMs,
        index: s.index,
        role: s.role,
        speaker: s.speaker,
        startMs: s.startMs,
        textSha256: s.textSha256,
      })),
      startedAt: call.startedAt.toISOString(),
      verdict: {
        automatic: call.autoStatus,
        engineVersion: call.engineVersion,
        final: call.finalStatus,
        finalSource: call.finalSource,
        // Sorted like every other key, so sealing skips reordering them.
        rules: Object.fromEntries(SORTED_STANDARDS.map((s) => [s, rules[s].result])),
      },
    },
    evidence: segments.map((s) => s.text),
  };
}

/** The transcript segments the script verdict heard the disclosures in, and the consent in. */
function provingSegments(call: LedgerCall): (Segment & { text: string })[] {
  const transcript = call.transcript ?? [];
  const { script, consent } = call.autoCompliance.rules;
  // A segment often proves a disclosure and the consent both (the price line the yes answers): hashed once.
  const hashes = new Map<number, string>();
  const textHash = (index: number, text: string) => {
    let h = hashes.get(index);
    if (h === undefined) hashes.set(index, (h = sha256Hex(text)));
    return h;
  };
  const pick = (role: Segment['role'], indexes: number[]) =>
    [...new Set(indexes)]
      .sort((a, b) => a - b)
      .filter((i) => transcript[i] !== undefined)
      .map((index) => {
        const s = transcript[index];
        return {
          role,
          index,
          speaker: s.speaker,
          startMs: s.startMs,
          endMs: s.endMs,
          text: s.text,
          textSha256: textHash(index, s.text),
        };
      });
  return [
    ...pick(
      'disclosure',
      script.evidence.map((e) => e.segment),
    ),
    ...pick(
      'consent',
      consent.evidence.map((e) => e.segment),
    ),
  ];
}
