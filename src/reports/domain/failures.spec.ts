import { everyStandard } from '../../compliance/test-support/builders.js';
import { failureCounts, type ReviewedSale } from './failures.js';
import type { Standard } from './report-types.js';
import { passes, TZ } from './test-support/report-inputs.js';
import { reportWeek } from './week.js';

const W47 = reportWeek('2026-W47', TZ);
const none = everyStandard(false);
const reviewed = (
  callId: number,
  finalStatus: string,
  checker: Standard[],
  review: Standard[],
): ReviewedSale => ({
  callId,
  finalStatus,
  checkerFailed: { ...none, ...Object.fromEntries(checker.map((s) => [s, true])) },
  reviewFailed: { ...none, ...Object.fromEntries(review.map((s) => [s, true])) },
});
const sale = (id: number, date: string, fails: Standard[] = [], final?: 'valid' | 'invalid') => ({
  id,
  date,
  agent: 'A001',
  outcome: 'sale',
  fails,
  final,
});

describe('failureCounts', () => {
  const { failureGroups } = passes([
    sale(1, '2026-11-15', ['identity']), // W46: not counted
    sale(2, '2026-11-16', ['identity']),
    sale(3, '2026-11-17', ['identity', 'consent']),
    sale(4, '2026-11-22', ['identity']),
    sale(5, '2026-11-18'),
    sale(6, '2026-11-23', ['consent']), // W48: not counted
    sale(7, '2026-11-19', ['script'], 'valid'), // a reviewer passed it: valid
  ]);

  it('counts the checker’s failures of the week’s sales that are not valid, lowest ids as examples', () => {
    const counts = failureCounts(failureGroups, [], W47);
    expect(counts.identity).toEqual({ failures: 3, exampleCallIds: [2, 3, 4] });
    expect(counts.consent).toEqual({ failures: 1, exampleCallIds: [3] });
    expect(counts.script).toEqual({ failures: 0, exampleCallIds: [] });
  });

  it('lets a human review override the checker per standard, examples confirmed by people first', () => {
    const counts = failureCounts(
      failureGroups,
      [
        reviewed(3, 'invalid', ['identity', 'consent'], ['consent']), // identity passed by a person
        reviewed(5, 'invalid', [], ['script', 'consent']), // the checker missed two failures
        reviewed(7, 'valid', ['script'], []), // passed: its checker failure is not in the groups
      ],
      W47,
    );
    expect(counts.identity).toEqual({ failures: 2, exampleCallIds: [2, 4] });
    expect(counts.consent).toEqual({ failures: 2, exampleCallIds: [3, 5] });
    expect(counts.script).toEqual({ failures: 1, exampleCallIds: [5] });
  });
});
