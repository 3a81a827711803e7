import { evaluateCall } from './index.js';
import { devCases, toInput } from './test-support/dev-cases.js';

const variants: Record<string, (t: string) => string> = {
  nopunct: (t) => t.replace(/[，。？！、；：…—,.?!]/g, ' '),
  fullwidthDigits: (t) => t.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
  spaces: (t) => [...t].join(' '),
};
it('robustness', () => {
  const out: string[] = [];
  for (const [name, f] of Object.entries(variants)) {
    for (const c of devCases) {
      const input = toInput(c);
      input.transcript = input.transcript!.map((s) => ({ ...s, text: f(s.text) }));
      const r = evaluateCall(input);
      const bad = (['identity', 'comprehension', 'script', 'consent'] as const).filter(
        (k) => r.rules[k].result !== c.expected[k],
      );
      if (bad.length)
        out.push(
          `${name} ${c.id}: ${bad.map((k) => `${k}=${r.rules[k].result} (${r.rules[k].reasons.join('|')})`).join('; ')}`,
        );
    }
  }
  console.log(out.join('\n') || 'all ok');
});
