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
    payload: {
      ...payload,
      saleStatus: call.saleStatus,
      trialEnd: trialDays
        ? {
            date: computeTrialEnd(call.localDate, trialDays),
            disclosed: script.result !== 'unknown' && !script.missing.includes('trial_end'),
          }
        : null,
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
    payload: {
      callId: call.id,
      externalId: call.externalId,
      agent: call.agentCode,
      purpose: call.purpose,
      startedAt: call.startedAt.toISOString(),
      product: ctx.product ?? { code: call.productCode },
      script:
        call.scriptVersionId === null
          ? null
          : {
              versionId: call.scriptVersionId,
              version: call.scriptVersion,
              sha256: ctx.scriptSha256,
            },
      verdict: {
        automatic: call.autoStatus,
        final: call.finalStatus,
        finalSource: call.finalSource,
        engineVersion: call.engineVersion,
        rules: Object.fromEntries(STANDARDS.map((s) => [s, rules[s].result])),
      },
      // The file's hash is chained when its bytes arrive (a `recording` entry).
      recording: call.recordingFile ? { file: call.recordingFile } : null,
      segments: segments.map(({ text: _text, ...s }) => s),
    },
    evidence: segments.map((s) => s.text),
  };
}

/** The transcript segments the script verdict heard the disclosures in, and the consent in. */
function provingSegments(call: LedgerCall): (Segment & { text: string })[] {
  const transcript = call.transcript ?? [];
  const { script, consent } = call.autoCompliance.rules;
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
          textSha256: sha256Hex(s.text),
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
