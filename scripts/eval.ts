/**
 * Measures the compliance checker on a labelled folder and prints, per
 * standard, right / wrong / unknown, the false accepts (invalid calls judged
 * valid) by id, the false rejects with the checker's reasons, and the share of
 * calls sent to review.
 * Usage: npm run eval -- <dir> [<dir> …] [--verbose]
 *   <dir> holds products.json + cases.json (shared/compliance-cases format) or
 *   catalogue.json + calls/*.json (recordings-fixtures format).
 * Exit code 0 when no invalid call was judged valid, 1 otherwise, 2 on bad input.
 */
import { loadLabelledSet } from '../src/compliance/eval/labelled-set.js';
import {
  STANDARDS,
  measure,
  rejectReasons,
  type Measurement,
} from '../src/compliance/eval/measure.js';

const pct = (n: number, of: number) => (of === 0 ? '-' : `${((100 * n) / of).toFixed(1)}%`);

function report(dir: string, m: Measurement, verbose: boolean): void {
  console.log(`\n${dir}: ${m.calls} calls`);
  console.log('standard        right  wrong  unknown  right%');
  for (const s of STANDARDS) {
    const t = m.perStandard[s];
    console.log(
      `${s.padEnd(14)} ${String(t.right).padStart(6)} ${String(t.wrong).padStart(6)} ${String(t.unknown).padStart(8)}  ${pct(t.right, m.calls).padStart(6)}`,
    );
  }
  const valid = m.outcomes.filter((o) => o.got.status === 'valid').length;
  console.log(
    `status: valid ${valid}, invalid ${m.calls - valid - m.review.length}, needs_review ${m.review.length} (${pct(m.review.length, m.calls)} sent to review)`,
  );
  console.log(`false accepts (invalid judged valid): ${m.falseAccepts.length}`);
  for (const o of m.falseAccepts) console.log(`  ${o.id}`);
  console.log(`false rejects (valid judged invalid): ${m.falseRejects.length}`);
  for (const o of m.falseRejects) console.log(`  ${o.id}  ${rejectReasons(o).join(' | ')}`);
  if (!verbose) return;
  console.log('per-standard disagreements:');
  for (const o of m.outcomes) {
    for (const s of o.wrongOn) {
      console.log(
        `  ${o.id} ${s}: got ${o.got.rules[s].result} — ${o.got.rules[s].reasons.join('；')}`,
      );
    }
  }
  console.log('sent to review:');
  for (const o of m.review) {
    const unknown = STANDARDS.filter((s) => o.got.rules[s].result === 'unknown');
    console.log(
      `  ${o.id} ${unknown.map((s) => `${s}: ${o.got.rules[s].reasons.join('；')}`).join(' | ')}`,
    );
  }
}

function main(): number {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const dirs = args.filter((a) => !a.startsWith('--'));
  if (dirs.length === 0) {
    console.error('usage: npm run eval -- <dir> [<dir> …] [--verbose]');
    return 2;
  }
  let falseAccepts = 0;
  for (const dir of dirs) {
    let m: Measurement;
    try {
      m = measure(loadLabelledSet(dir));
    } catch (e) {
      console.error(`${dir}: ${(e as Error).message}`);
      return 2;
    }
    report(dir, m, verbose);
    falseAccepts += m.falseAccepts.length;
  }
  return falseAccepts > 0 ? 1 : 0;
}

process.exitCode = main();
