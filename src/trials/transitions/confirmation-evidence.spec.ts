import type { Compliance, RuleResult } from '../../compliance/index.js';
import { everyStandard } from '../../compliance/test-support/builders.js';
import type { ConfirmationOutcome } from '../domain/index.js';
import { type ConfirmationCall, confirmationEvidence } from './confirmation-evidence.js';

interface Shape {
  identity?: RuleResult;
  comprehension?: RuleResult;
  script?: RuleResult;
  consent?: RuleResult;
  decision?: 'continue' | 'cancel' | null;
  missing?: string[];
  reviewed?: 'valid' | 'invalid';
}

function call(s: Shape = {}): ConfirmationCall {
  const rule = (result: RuleResult = 'pass') => ({ result, reasons: [], evidence: [] });
  const rules = {
    ...everyStandard(rule()),
    identity: rule(s.identity),
    comprehension: rule(s.comprehension),
    script: { ...rule(s.script), missing: (s.missing ?? []) as never[] },
    consent: { ...rule(s.consent), decision: s.decision === undefined ? 'continue' : s.decision },
  };
  const valid = Object.values(rules).every((r) => r.result === 'pass');
  const compliance: Compliance = {
    valid,
    status: valid ? 'valid' : 'invalid',
    engineVersion: 'test',
    rules,
  };
  return {
    autoCompliance: compliance,
    finalStatus: s.reviewed ?? compliance.status,
    finalSource: s.reviewed ? 'review' : 'automatic',
  };
}

const evidence = (s: Shape, outcome: ConfirmationOutcome) => confirmationEvidence(call(s), outcome);

describe('confirmationEvidence', () => {
  it('counts a continue heard as continue on a call meeting all four standards', () => {
    expect(evidence({}, 'continue')).toEqual({ callValid: true, cancelMethodSaid: true });
  });

  it.each<[string, Shape, ConfirmationOutcome]>([
    ['identity failed', { identity: 'fail' }, 'continue'],
    ['comprehension unknown', { comprehension: 'unknown' }, 'continue'],
    ['script failed', { script: 'fail', missing: ['price'] }, 'decline'],
    ['no explicit decision', { consent: 'fail', decision: null }, 'continue'],
    ['continue booked as decline', { decision: 'continue' }, 'decline'],
    ['cancel booked as continue', { decision: 'cancel' }, 'continue'],
    ['continue booked as undecided', { decision: 'continue' }, 'undecided'],
  ])('does not count a call with %s', (_why, shape, outcome) => {
    expect(evidence(shape, outcome).callValid).toBe(false);
  });

  it('counts a decline heard as cancel', () => {
    expect(evidence({ decision: 'cancel' }, 'decline').callValid).toBe(true);
  });

  it('does not need an explicit decision for undecided / will_self_cancel', () => {
    const undecided = { consent: 'fail' as const, decision: null };
    expect(evidence(undecided, 'undecided')).toEqual({ callValid: true, cancelMethodSaid: true });
    expect(evidence({ decision: 'cancel' }, 'will_self_cancel').callValid).toBe(true);
  });

  it('reports the cancel method missing from the script check', () => {
    const shape = { script: 'fail' as const, missing: ['cancel_method'], decision: null };
    expect(evidence(shape, 'undecided')).toEqual({ callValid: false, cancelMethodSaid: false });
    expect(evidence({ script: 'unknown', missing: [] }, 'undecided').cancelMethodSaid).toBe(false);
  });

  it('needs no conversation for unreachable and suspended', () => {
    const silent = { identity: 'unknown' as const, script: 'unknown' as const, decision: null };
    expect(evidence(silent, 'unreachable').callValid).toBe(true);
    expect(evidence(silent, 'suspended').callValid).toBe(true);
  });

  it('lets a human review decide, as long as a heard decision matches', () => {
    expect(evidence({ identity: 'fail', reviewed: 'valid' }, 'continue')).toEqual({
      callValid: true,
      cancelMethodSaid: true,
    });
    expect(evidence({ reviewed: 'invalid' }, 'continue').callValid).toBe(false);
    expect(evidence({ decision: 'cancel', reviewed: 'valid' }, 'continue').callValid).toBe(false);
    expect(evidence({ decision: null, reviewed: 'valid' }, 'continue').callValid).toBe(true);
  });
});
