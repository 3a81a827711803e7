import type { CallId } from './call-id.js';
import type { PopulationCall } from './draw.js';

/**
 * 有效录音: the recordings a draw samples from. Kept beside the draw so the rule
 * that decides "what is 10% of" lives in one place; the service only loads the
 * calls of the period (by local date in CENTRE_TZ) and maps them through here.
 */
export interface CallForSampling {
  id: CallId;
  agentCode: string;
  outcome: string;
  purpose: string;
  recordingFile?: string | null;
  /** The checker's status (human review taking precedence): valid | invalid | needs_review. */
  complianceStatus?: string | null;
}

const SAMPLED_PURPOSES = new Set(['marketing', 'confirmation']);

const isSale = (call: CallForSampling) =>
  call.outcome === 'sale' && SAMPLED_PURPOSES.has(call.purpose);

export function isValidRecording(call: CallForSampling): boolean {
  return isSale(call) && typeof call.recordingFile === 'string' && call.recordingFile.length > 0;
}

/**
 * What a draw sees: the valid recordings, and also every flagged sale without
 * one. A sale with no recording cannot prove consent, so it must still reach a
 * reviewer (with its transcript; the review page says the audio is missing).
 */
export function isDrawn(call: CallForSampling): boolean {
  return isValidRecording(call) || (isSale(call) && isFlagged(call));
}

/** Anything the checker did not pass outright gets a human's eyes. */
export function isFlagged(call: CallForSampling): boolean {
  return call.complianceStatus === 'invalid' || call.complianceStatus === 'needs_review';
}

export interface PopulationContext {
  /** Agents under re-check when the call was made. */
  underRecheck: (call: CallForSampling) => boolean;
  /** Calls already reviewed in this period (used by the weekly tier). */
  alreadyReviewed?: (call: CallForSampling) => boolean;
}

export function toPopulation(
  calls: readonly CallForSampling[],
  context: PopulationContext,
): PopulationCall[] {
  return calls.filter(isDrawn).map((call) => ({
    callId: call.id,
    agentCode: call.agentCode,
    flagged: isFlagged(call),
    recheck: context.underRecheck(call),
    alreadyReviewed: context.alreadyReviewed?.(call) ?? false,
  }));
}
