import { readFileSync } from 'node:fs';
import { turns } from '../test-support/service-language.js';
import type { TranscriptSegment } from '../types.js';
import { analyzeServiceLanguage } from './analyze.js';
import { DEFAULT_PHRASE_LIST } from './default-phrases.js';
import { FINDING_KINDS, type FindingKind } from './types.js';

interface LabelledCase {
  id: string;
  kind: FindingKind;
  expected: 'pass' | 'fail';
  description: string;
  lines: (string | TranscriptSegment)[];
  segment?: number;
}

const { cases } = JSON.parse(
  readFileSync(
    new URL('../../../test/fixtures/service-language/cases.json', import.meta.url),
    'utf8',
  ),
) as { cases: LabelledCase[] };

const transcriptOf = (c: LabelledCase): TranscriptSegment[] =>
  c.lines.every((l) => typeof l === 'string')
    ? turns(...(c.lines as string[]))
    : (c.lines as TranscriptSegment[]);

/** Right when the kind passes or fails as labelled and, for a labelled segment, a finding names it. */
function judge(c: LabelledCase): { got: 'pass' | 'fail'; right: boolean } {
  const findings = analyzeServiceLanguage(transcriptOf(c), DEFAULT_PHRASE_LIST).findings.filter(
    (f) => f.kind === c.kind,
  );
  const got = findings.length > 0 ? 'fail' : 'pass';
  const segmentRight = c.segment === undefined || findings.some((f) => f.segment === c.segment);
  return { got, right: got === c.expected && (got === 'pass' || segmentRight) };
}

/**
 * Floors under the measured accuracy (README, "Service language"): the cases
 * include traps the rules miss on purpose (a greeting after two line checks,
 * taboos in words the list lacks, a long run of 对), so they stay below 100%.
 */
const FLOOR: Record<FindingKind, number> = {
  greeting: 0.9,
  polite_address: 0.9,
  closing: 0.9,
  taboo: 0.85,
  interruption: 0.9,
};

describe('service language: labelled cases', () => {
  const results = cases.map((c) => ({ c, ...judge(c) }));

  it('has at least 60 cases, passes and fails of every kind, each described', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    for (const kind of FINDING_KINDS) {
      for (const expected of ['pass', 'fail']) {
        expect(
          cases.filter((c) => c.kind === kind && c.expected === expected).length,
        ).toBeGreaterThanOrEqual(5);
      }
    }
    expect(cases.every((c) => c.description.length > 10)).toBe(true);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it.each(FINDING_KINDS.map((k) => [k]))('%s: accuracy at or above its floor', (kind) => {
    const ofKind = results.filter((r) => r.c.kind === kind);
    const right = ofKind.filter((r) => r.right).length;
    const accuracy = right / ofKind.length;
    const wrong = ofKind
      .filter((r) => !r.right)
      .map((r) => `${r.c.id} (labelled ${r.c.expected}, got ${r.got})`);
    console.log(
      `service language ${kind}: ${right}/${ofKind.length} = ${(accuracy * 100).toFixed(1)}%` +
        (wrong.length ? `; wrong: ${wrong.join(', ')}` : ''),
    );
    expect(accuracy).toBeGreaterThanOrEqual(FLOOR[kind]);
  });

  it('never leaves a labelled fail without its evidence segment', () => {
    const missed = results.filter((r) => r.c.expected === 'fail' && r.got === 'fail' && !r.right);
    expect(missed.map((r) => r.c.id)).toEqual([]);
  });
});
