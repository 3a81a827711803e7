import type { EntityManager } from 'typeorm';
import { periodsEndingIn } from '../../qa/index.js';
import { Review } from '../../qa/reviews/review.entity.js';
import { SampleItem } from '../../qa/sampling/sample-item.entity.js';
import type { QaTierCounts } from '../domain/qa-figures.js';
import { STANDARDS, type Standard } from '../domain/report-types.js';
import { jsonKeySql } from '../../database/json-sql.js';
import type { ReportWeek } from '../domain/week.js';
import { tierPeriods } from './qa-periods.js';
import { num } from './sql.js';

/**
 * QA of the week, one row per call tier (zeros when not drawn): items of each
 * tier's periods that end in the week (its seven days, the week itself, a
 * month whose last day is in it; a period is drawn once, after it ends) and
 * their current review (an overturn replaces it). Uses ix_qa_items_tier_period.
 */
export async function qaTierCounts(
  m: EntityManager,
  week: ReportWeek,
  timeZone: string,
): Promise<QaTierCounts[]> {
  const { tiers, clause, params } = await tierPeriods(m, (t) =>
    periodsEndingIn(t.periodKind, week.startUtc, week.endUtc, timeZone),
  );
  const counted = new Map<string, Record<string, unknown>>();
  if (clause) {
    const qb = m
      .createQueryBuilder()
      .select('i.tier', 'tier')
      .addSelect('COUNT(*)', 'sampled')
      .addSelect('COUNT(r.id)', 'reviewed')
      .addSelect('SUM(CASE WHEN r.passed THEN 1 ELSE 0 END)', 'passed')
      .from(SampleItem, 'i')
      .leftJoin(Review, 'r', 'r.id = i.review_id')
      .where(clause, params)
      .groupBy('i.tier');
    for (const s of STANDARDS)
      qb.addSelect(`SUM(CASE WHEN ${jsonKeySql(m, 'r.rules', s)} = 'pass' THEN 1 ELSE 0 END)`, s);
    for (const row of await qb.getRawMany<Record<string, unknown>>())
      counted.set(String(row.tier), row);
  }
  return tiers.map(({ tier, label, rate }) => {
    const r = counted.get(tier) ?? {};
    return {
      tier,
      // The printed report names a tier with its rate, as 与移动的沟通 always did.
      label: `${label}（${+(rate * 100).toFixed(4)}%）`,
      sampled: num(r.sampled),
      reviewed: num(r.reviewed),
      passed: num(r.passed),
      ...(Object.fromEntries(STANDARDS.map((s) => [s, num(r[s])])) as Record<Standard, number>),
    };
  });
}
