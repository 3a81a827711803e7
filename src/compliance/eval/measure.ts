import { evaluateCall } from '../evaluate-call.js';
import { STANDARDS, type Standard } from '../standards.js';
import type { Compliance, RuleResult } from '../types.js';
import { toInput, type LabelledCase, type LabelledSet } from './labelled-set.js';

export { STANDARDS, type Standard };

/** Per standard: agrees with the label, disagrees, or the checker said `unknown` (label not). */
export interface StandardTally {
  right: number;
  wrong: number;
  unknown: number;
}

export interface CaseOutcome {
  id: string;
  expectedValid: boolean;
  got: Compliance;
  /** Standards where the checker's pass/fail differs from the label (unknowns excluded). */
  wrongOn: Standard[];
}

export interface Measurement {
  calls: number;
  perStandard: Record<Standard, StandardTally>;
  /** Invalid by label, judged valid: the worst error. */
  falseAccepts: CaseOutcome[];
  /** Valid by label, judged invalid (a held sale with a wrong reason). */
  falseRejects: CaseOutcome[];
  /** Calls the checker sent to review because a standard was `unknown`. */
  review: CaseOutcome[];
  outcomes: CaseOutcome[];
}

function tally(expected: RuleResult, got: RuleResult, t: StandardTally): boolean {
  if (got === expected) t.right++;
  else if (got === 'unknown') t.unknown++;
  else {
    t.wrong++;
    return true;
  }
  return false;
}

export function measure(set: LabelledSet, cases: LabelledCase[] = set.cases): Measurement {
  const perStandard = Object.fromEntries(
    STANDARDS.map((s) => [s, { right: 0, wrong: 0, unknown: 0 }]),
  ) as Record<Standard, StandardTally>;
  const outcomes: CaseOutcome[] = cases.map((c) => {
    const got = evaluateCall(toInput(set, c));
    const wrongOn = STANDARDS.filter((s) =>
      tally(c.expected[s], got.rules[s].result, perStandard[s]),
    );
    return { id: c.id, expectedValid: c.expected.valid, got, wrongOn };
  });
  return {
    calls: cases.length,
    perStandard,
    falseAccepts: outcomes.filter((o) => !o.expectedValid && o.got.valid),
    falseRejects: outcomes.filter((o) => o.expectedValid && o.got.status === 'invalid'),
    review: outcomes.filter((o) => o.got.status === 'needs_review'),
    outcomes,
  };
}

/** The failing standards' reasons, for a false reject: why the checker held a valid sale. */
export function rejectReasons(o: CaseOutcome): string[] {
  return STANDARDS.filter((s) => o.got.rules[s].result === 'fail').map(
    (s) => `${s}: ${o.got.rules[s].reasons.join('；')}`,
  );
}
