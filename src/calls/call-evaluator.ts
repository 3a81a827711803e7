import {
  checkCall,
  tallyServiceLanguage,
  type Compliance,
  type EvaluationInput,
  type PhraseList,
  type TranscriptSegment,
} from '../compliance/index.js';
import type { ProductFacts, ScriptVersionFacts } from '../catalogue/index.js';
import type { Call, CallPurpose } from './call.entity.js';

export interface EvaluationFacts {
  purpose: CallPurpose;
  startedAt: Date;
  transcript: TranscriptSegment[] | null;
  product: ProductFacts;
  script: ScriptVersionFacts | null;
  trialEnd?: string | null;
  timeZone: string;
}

/** The four standards, with the service language beside them (judged on `phrases`). */
export function runChecker(facts: EvaluationFacts, phrases: PhraseList): Compliance {
  return checkCall(checkerInput(facts), phrases);
}

/**
 * The checker's input as plain data (it crosses to worker threads during
 * imports). Only an approved version (or one approved then superseded)
 * counts for the script standard.
 */
export function checkerInput(facts: EvaluationFacts): EvaluationInput {
  const script = facts.script && facts.script.status !== 'draft' ? facts.script : null;
  return {
    purpose: facts.purpose,
    product: {
      code: facts.product.code,
      name: facts.product.name,
      monthlyFeeCents: facts.product.monthlyFeeCents,
      trialDays: facts.product.trialDays,
      cancelMethod: facts.product.cancelMethod,
    },
    script: script
      ? { version: script.version, purpose: script.purpose, sections: script.sections }
      : null,
    startedAt: facts.startedAt,
    timeZone: facts.timeZone,
    trialEnd: facts.trialEnd ?? null,
    transcript: facts.transcript,
  };
}

/**
 * Stores the checker's verdict on the call; a review's final verdict stays.
 * `dismissed`: keys of the call's findings an inspector dismissed (re-evaluation).
 */
export function applyVerdict(
  call: Call,
  compliance: Compliance,
  at: Date,
  dismissed: ReadonlySet<string> = new Set(),
): void {
  call.autoCompliance = compliance;
  applyLanguageTally(call, dismissed);
  call.autoStatus = compliance.status;
  call.engineVersion = compliance.engineVersion;
  call.evaluatedAt = at;
  if (call.finalSource !== 'review') {
    call.finalStatus = compliance.status;
    call.finalSource = 'automatic';
  }
  gateSale(call);
}

/** The service-language figures the report reads, from the stored verdict and the dismissals. */
export function applyLanguageTally(call: Call, dismissed: ReadonlySet<string>): void {
  const tally = tallyServiceLanguage(call.autoCompliance.serviceLanguage, dismissed);
  call.slScore = tally.score;
  call.slTaboos = tally.taboos;
}

/**
 * The sale gate, the one definition whoever set the final verdict (checker or
 * review): a sale is activated only while its final verdict is valid; anything
 * else holds it for QA. A cancelled sale stays cancelled (only a remedial
 * call-back settles a held sale, see CallsService.settleHeldSale).
 */
export function gateSale(call: Pick<Call, 'outcome' | 'saleStatus' | 'finalStatus'>): void {
  if (call.outcome === 'sale' && call.saleStatus !== 'cancelled') {
    call.saleStatus = call.finalStatus === 'valid' ? 'activated' : 'held';
  }
}
