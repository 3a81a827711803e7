import type { Evidence } from '../../types.js';

/** What a part of the identity check concluded, with reasons and evidence for the verdict. */
export interface IdentityFinding {
  ok: boolean;
  reasons: string[];
  evidence: Evidence[];
  /** Not settled by the transcript: the standard becomes `unknown`, not a guess. */
  unsure?: boolean;
  /** Failed for want of an answer (no confirmation, no leave asked or given), not for one given. */
  unanswered?: boolean;
}

export function fail(reason: string, evidence: Evidence[]): IdentityFinding {
  return { ok: false, reasons: [reason], evidence };
}
