import { STANDARDS, evaluateCall } from './index.js';
import { devCases, toInput } from './test-support/dev-cases.js';

describe('labelled development cases', () => {
  it('has the 24 cases', () => {
    expect(devCases).toHaveLength(24);
  });

  describe.each(devCases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const result = evaluateCall(toInput(c));

    it.each(STANDARDS)('%s matches the label', (rule) => {
      expect({
        rule,
        result: result.rules[rule].result,
        reasons: result.rules[rule].reasons,
      }).toMatchObject({
        rule,
        result: c.expected[rule],
      });
    });

    it('validity and missing script items match the label', () => {
      expect(result.valid).toBe(c.expected.valid);
      expect(result.status).toBe(c.expected.valid ? 'valid' : 'invalid');
      expect([...result.rules.script.missing].sort()).toEqual([...c.expected.scriptMissing].sort());
    });

    it('never calls an invalid case valid', () => {
      if (!c.expected.valid) expect(result.valid).toBe(false);
    });

    it('gives reasons for every verdict', () => {
      for (const rule of Object.values(result.rules))
        expect(rule.reasons.length).toBeGreaterThan(0);
    });
  });
});
