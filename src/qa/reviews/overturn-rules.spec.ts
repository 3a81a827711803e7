import { DomainError } from '../../common/errors.js';
import { everyStandard } from '../../compliance/test-support/builders.js';
import { assertMayOverturn, changedStandards, type OverturnTarget } from './overturn-rules.js';

const PASS = everyStandard<'pass' | 'fail'>('pass');
const FAILED = { ...PASS, consent: 'fail' } as const;
const review = (over: Partial<OverturnTarget> = {}): OverturnTarget => ({
  id: 7,
  kind: 'review',
  reviewerId: 1,
  rules: FAILED,
  ...over,
});
const refusal = (fn: () => void) => {
  try {
    fn();
  } catch (err) {
    return err instanceof DomainError ? [err.kind, err.code] : err;
  }
  return null;
};

describe('overturn guardrails', () => {
  it('lets another supervisor change a verdict', () => {
    expect(refusal(() => assertMayOverturn(review(), 2, PASS))).toBeNull();
  });

  it('refuses an overturn that changes no standard, naming the problem', () => {
    expect(refusal(() => assertMayOverturn(review(), 2, FAILED))).toEqual([
      'invalid',
      'OVERTURN_UNCHANGED',
    ]);
  });

  it("refuses overturning one's own review, even with a change", () => {
    expect(refusal(() => assertMayOverturn(review(), 1, PASS))).toEqual([
      'forbidden',
      'QA_FORBIDDEN',
    ]);
  });

  it('lets a supervisor revise their own overturn, but not into the same verdict', () => {
    const own = review({ kind: 'overturn', rules: PASS });
    expect(refusal(() => assertMayOverturn(own, 1, FAILED))).toBeNull();
    expect(refusal(() => assertMayOverturn(own, 1, PASS))).toEqual([
      'invalid',
      'OVERTURN_UNCHANGED',
    ]);
  });

  it('lists the changed standards in registry order', () => {
    expect(changedStandards(FAILED, { ...PASS, identity: 'fail' })).toEqual([
      'identity',
      'consent',
    ]);
    expect(changedStandards(PASS, PASS)).toEqual([]);
  });
});
