import type { RuleResult, Standard } from '../../compliance/index.js';
import { everyStandard } from '../../compliance/test-support/builders.js';
import { agreementOf, calibrate, type CalibrationReview } from './calibration.js';

const all = <T extends RuleResult>(v: T): Record<Standard, T> => everyStandard(v);

describe('calibration', () => {
  it('classifies one standard', () => {
    expect(agreementOf('pass', 'pass')).toBe('agree');
    expect(agreementOf('fail', 'fail')).toBe('agree');
    expect(agreementOf('fail', 'pass')).toBe('disagree');
    expect(agreementOf('pass', 'unknown')).toBe('checker_unknown');
  });

  const reviews: CalibrationReview[] = [
    // Reviewer 1 agrees on everything with a checker that passed everything.
    { reviewerId: 1, reviewerName: 'R1', human: all('pass'), checker: all('pass') },
    // Reviewer 1 fails consent the checker passed (checker too lenient).
    {
      reviewerId: 1,
      reviewerName: 'R1',
      human: { ...all('pass'), consent: 'fail' },
      checker: all('pass'),
    },
    // Reviewer 2 on a call without transcript: the checker knew nothing.
    { reviewerId: 2, reviewerName: 'R2', human: all('pass'), checker: all('unknown') },
    // Reviewer 2 passes identity the checker failed (checker too strict).
    {
      reviewerId: 2,
      reviewerName: 'R2',
      human: all('pass'),
      checker: { ...all('pass'), identity: 'fail' },
    },
  ];
  const result = calibrate(reviews);

  it('gives per-standard figures with unknown kept apart', () => {
    expect(result.standards.consent).toEqual({
      compared: 4,
      agree: 2,
      disagree: 1,
      checkerUnknown: 1,
      agreementRate: 2 / 3,
      checkerPassedHumanFailed: 1,
      checkerFailedHumanPassed: 0,
    });
    expect(result.standards.identity).toMatchObject({
      agree: 2,
      disagree: 1,
      checkerFailedHumanPassed: 1,
    });
    expect(result.standards.script).toMatchObject({ agree: 3, disagree: 0, agreementRate: 1 });
  });

  it('gives per-reviewer figures', () => {
    expect(
      result.reviewers.map((r) => [
        r.reviewerName,
        r.reviews,
        r.agree,
        r.disagree,
        r.checkerUnknown,
      ]),
    ).toEqual([
      ['R1', 2, 7, 1, 0],
      ['R2', 2, 3, 1, 4],
    ]);
    expect(result.reviewers[0].agreementRate).toBe(7 / 8);
    expect(result.reviewers[1].agreementRate).toBe(3 / 4);
    expect(result.overall).toMatchObject({
      compared: 16,
      agree: 10,
      disagree: 2,
      checkerUnknown: 4,
    });
  });

  it('has null rates when nothing was decided', () => {
    expect(calibrate([]).overall.agreementRate).toBeNull();
    const unknownOnly = calibrate([reviews[2]]);
    expect(unknownOnly.standards.identity.agreementRate).toBeNull();
  });
});
