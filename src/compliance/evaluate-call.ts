import type {
  Compliance,
  ComplianceStatus,
  ConsentVerdict,
  EvaluationInput,
  RuleVerdict,
  ScriptVerdict,
} from './types.js';
import { Transcript } from './transcript/prepared.js';
import { deriveFacts } from './rules/facts.js';
import { NO_TRANSCRIPT_REASON, verdict } from './rules/verdict.js';
import { evaluateIdentity } from './rules/identity/identity.js';
import { evaluateComprehension } from './rules/comprehension/comprehension.js';
import { evaluateScript } from './rules/script/script.js';
import { evaluateConsent } from './rules/consent/consent.js';

/** Bump whenever a rule, phrase list or threshold changes, so stored verdicts can be re-run. */
export const ENGINE_VERSION = '1.6.0';

function overall(rules: Compliance['rules']): { valid: boolean; status: ComplianceStatus } {
  const results = Object.values(rules).map((r) => r.result);
  if (results.includes('fail')) return { valid: false, status: 'invalid' };
  if (results.includes('unknown')) return { valid: false, status: 'needs_review' };
  return { valid: true, status: 'valid' };
}

function unknownRules(): Compliance['rules'] {
  const unknown = (): RuleVerdict => verdict('unknown', [NO_TRANSCRIPT_REASON]);
  const script: ScriptVerdict = { ...unknown(), missing: [] };
  const consent: ConsentVerdict = { ...unknown(), decision: null };
  return { identity: unknown(), comprehension: unknown(), script, consent };
}

function hasSpeech(input: EvaluationInput): boolean {
  return (input.transcript ?? []).some(
    (s) => typeof s.text === 'string' && s.text.trim().length > 0,
  );
}

/**
 * Checks one call against the carrier's four standards. Nothing is valid by
 * default: a call is valid only when every standard positively passes.
 */
export function evaluateCall(input: EvaluationInput): Compliance {
  return evaluatePrepared(input);
}

/**
 * evaluateCall on a transcript already normalised and scanned (checkCall shares
 * one with the service-language check); built here when not given.
 */
export function evaluatePrepared(input: EvaluationInput, prepared?: Transcript): Compliance {
  let rules: Compliance['rules'];
  if (!hasSpeech(input)) {
    rules = unknownRules();
    if (input.script === null) {
      rules.script = {
        result: 'fail',
        reasons: ['该话术版本没有经过核准的脚本'],
        evidence: [],
        missing: [],
      };
    }
  } else {
    const t = prepared ?? new Transcript(input.transcript!);
    const facts = deriveFacts(input);
    rules = {
      identity: evaluateIdentity(t, {
        script: input.script?.sections,
        productName: input.product.name,
      }),
      comprehension: evaluateComprehension(t, facts),
      script: evaluateScript(t, input.script, input.purpose, facts),
      consent: evaluateConsent(t, input.purpose, facts),
    };
  }
  return { ...overall(rules), engineVersion: ENGINE_VERSION, rules };
}
