import type { EntityManager } from 'typeorm';
import { tierReviewTallies } from '../../qa/index.js';
import type { QaTierCounts } from '../domain/qa-figures.js';
import type { ReportWeek } from '../domain/week.js';

/** QA of the week, one row per call tier, as qa counts it (its periods ending in the week). */
export async function qaTierCounts(
  m: EntityManager,
  week: ReportWeek,
  timeZone: string,
): Promise<QaTierCounts[]> {
  const tallies = await tierReviewTallies(m, { ...week, timeZone });
  return tallies.map(({ tier, label, rate, sampled, reviewed, passed, passedStandards }) => ({
    tier,
    // The printed report names a tier with its rate, as 与移动的沟通 always did.
    label: `${label}（${+(rate * 100).toFixed(4)}%）`,
    sampled,
    reviewed,
    passed,
    ...passedStandards,
  }));
}
