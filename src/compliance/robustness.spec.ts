import { STANDARDS, evaluateCall } from './index.js';
import { devCases, toInput } from './test-support/dev-cases.js';

/**
 * ASR output varies in punctuation, width and spacing; none of that may change
 * a verdict. Each labelled case is re-run through these distortions.
 */
const distortions: Record<string, (text: string) => string> = {
  'no punctuation': (t) => t.replace(/[，。？！、；：…—,.?!]/g, ' '),
  'ASCII punctuation': (t) => t.replace(/，/g, ',').replace(/。/g, '.').replace(/？/g, '?'),
  'full-width digits and letters': (t) =>
    t.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
  'spaced characters': (t) => [...t].join(' '),
};

describe.each(Object.entries(distortions))('labelled cases with %s', (_name, distort) => {
  it.each(devCases.map((c) => [c.id, c] as const))('%s keeps its labels', (_id, c) => {
    const input = toInput(c);
    input.transcript = input.transcript!.map((s) => ({ ...s, text: distort(s.text) }));
    const r = evaluateCall(input);
    const got = Object.fromEntries(STANDARDS.map((k) => [k, r.rules[k].result]));
    expect({ ...got, valid: r.valid }).toEqual({
      identity: c.expected.identity,
      comprehension: c.expected.comprehension,
      script: c.expected.script,
      consent: c.expected.consent,
      valid: c.expected.valid,
    });
  });
});
