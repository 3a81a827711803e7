import { log } from './api.js';
import { type Outcome, RULES } from './types.js';

export const SHORT: Record<string, string> = { pass: 'p', fail: 'f', unknown: 'u' };

export function report(outcomes: Outcome[]): boolean {
  const header = [
    'call',
    'product',
    'expected I C S K',
    'got I C S K',
    'valid exp/got',
    'status',
    'notes',
  ];
  const rows: string[][] = [];
  let validAgree = 0;
  let ruleAgree = 0;
  let ruleTotal = 0;
  for (const { fixture, compliance, error } of outcomes) {
    const e = fixture.expected;
    const expected = RULES.map((r) => SHORT[e[r]] ?? e[r]).join(' ');
    if (!compliance) {
      rows.push([
        fixture.externalId,
        String(fixture.productCode),
        expected,
        '-',
        `${yesNo(e.valid)}/-`,
        '-',
        `ERROR ${error}`,
      ]);
      continue;
    }
    const got = RULES.map((r) => {
      const result = compliance.rules?.[r]?.result;
      ruleTotal++;
      if (result === e[r]) ruleAgree++;
      // Upper case marks a verdict that differs from the label, so the eye finds it.
      const short = SHORT[result] ?? String(result);
      return result === e[r] ? short : short.toUpperCase();
    }).join(' ');
    const notes: string[] = [];
    const validOk = compliance.valid === e.valid;
    if (validOk) validAgree++;
    else notes.push('VALID MISMATCH');
    if (e.status && compliance.status !== e.status) notes.push(`status expected ${e.status}`);
    const gotMissing = [...(compliance.rules?.script?.missing ?? [])].sort().join(',');
    const expMissing = [...(e.scriptMissing ?? [])].sort().join(',');
    if (e.scriptMissing && e.script === 'fail' && gotMissing !== expMissing) {
      notes.push(`missing expected [${expMissing}] got [${gotMissing}]`);
    }
    if (error) notes.push(error);
    rows.push([
      fixture.externalId,
      String(fixture.productCode),
      expected,
      got,
      `${yesNo(e.valid)}/${yesNo(compliance.valid)}`,
      String(compliance.status),
      notes.join('; '),
    ]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  log('');
  log(line(header));
  log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) log(line(row));
  log('');
  log(
    `I C S K = identity comprehension script consent; p pass, f fail, u unknown; upper case = differs from expected`,
  );
  log(
    `valid agrees on ${validAgree}/${outcomes.length} calls; rule verdicts agree ${ruleAgree}/${ruleTotal}`,
  );
  return validAgree === outcomes.length && outcomes.every((o) => !o.error);
}

export function yesNo(v: boolean): string {
  return v ? 'yes' : 'no';
}
