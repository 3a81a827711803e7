import { STANDARDS, type Compliance, type ComplianceStatus } from '../../compliance/index.js';
import {
  type ConfirmationOutcome,
  INFORMED_OUTCOMES,
  NO_CONTACT_OUTCOMES,
} from '../domain/index.js';

/** The parts of a stored confirmation call the rules read. */
export interface ConfirmationCall {
  autoCompliance: Compliance;
  finalStatus: ComplianceStatus;
  finalSource: 'automatic' | 'review';
}

export interface ConfirmationEvidence {
  /** The call meets the four standards for the outcome recorded. */
  callValid: boolean;
  /** The script check heard the cancel method (告知取消方式). */
  cancelMethodSaid: boolean;
}

/**
 * Reads the checker's verdict on a confirmation call for the outcome an agent
 * records (2次确认同样必须符合合格的4标准):
 *
 * - identity, comprehension and the script must pass; a human review, once made,
 *   decides instead of the automatic verdict.
 * - `continue` / `decline` need the customer's explicit decision, and it must be
 *   the one recorded: a "继续用" cannot be booked as a decline, nor the reverse.
 * - `undecided` / `will_self_cancel` record that no decision was taken, so the
 *   consent standard (an explicit keep-or-cancel) does not apply; what counts is
 *   that the customer was told how to cancel. A call where the customer said
 *   they keep the product cannot be booked as undecided.
 * - `unreachable` / `suspended` need no conversation (the machine ignores both flags).
 */
export function confirmationEvidence(
  call: ConfirmationCall,
  outcome: ConfirmationOutcome,
): ConfirmationEvidence {
  const { rules } = call.autoCompliance;
  const decision = rules.consent.decision ?? null;
  const reviewed = call.finalSource === 'review';
  const heard =
    rules.script.result !== 'unknown' && !rules.script.missing.includes('cancel_method');
  const cancelMethodSaid = reviewed ? call.finalStatus === 'valid' || heard : heard;
  if (NO_CONTACT_OUTCOMES.includes(outcome)) return { callValid: true, cancelMethodSaid };

  const agrees =
    outcome === 'continue'
      ? decision === 'continue'
      : outcome === 'decline'
        ? decision === 'cancel'
        : decision !== 'continue';
  if (reviewed) {
    // The reviewer passed the four standards; a decision the checker heard must still match.
    return {
      callValid: call.finalStatus === 'valid' && (decision === null || agrees),
      cancelMethodSaid,
    };
  }
  const pass = (r: { result: string }) => r.result === 'pass';
  // Every standard of the registry but consent, which the outcome decides about below.
  const basics = STANDARDS.filter((s) => s !== 'consent').every((s) => pass(rules[s]));
  const consent = INFORMED_OUTCOMES.includes(outcome) || pass(rules.consent);
  return { callValid: basics && consent && agrees, cancelMethodSaid };
}
