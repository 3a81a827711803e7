import type { EntityManager } from 'typeorm';
import { Review } from '../../qa/reviews/review.entity.js';
import { SampleItem } from '../../qa/sampling/sample-item.entity.js';
import type { QaTierCounts } from '../domain/qa-figures.js';
import { STANDARDS, type Standard } from '../domain/report-types.js';
import { jsonKeySql } from '../../database/json-sql.js';
import type { ReportWeek } from '../domain/week.js';
import { num } from './sql.js';

/**
 * QA of the week: items of the daily draws for its seven dates and of its
 * weekly draw (a period is drawn once, after it ends), and their current
 * review (an overturn replaces it). Uses ix_qa_items_tier_period.
 */
export async function qaTierCounts(m: EntityManager, week: ReportWeek): Promise<QaTierCounts[]> {
  const qb = m
    .createQueryBuilder()
    .select('i.tier', 'tier')
    .addSelect('COUNT(*)', 'sampled')
    .addSelect('COUNT(r.id)', 'reviewed')
    .addSelect('SUM(CASE WHEN r.passed THEN 1 ELSE 0 END)', 'passed')
    .from(SampleItem, 'i')
    .leftJoin(Review, 'r', 'r.id = i.review_id')
    .where(
      `((i.tier = 'daily' AND i.period BETWEEN :from AND :to) OR (i.tier = 'weekly' AND i.period = :week))`,
      { from: week.from, to: week.to, week: week.week },
    )
    .groupBy('i.tier');
  for (const s of STANDARDS)
    qb.addSelect(`SUM(CASE WHEN ${jsonKeySql(m, 'r.rules', s)} = 'pass' THEN 1 ELSE 0 END)`, s);
  const rows = await qb.getRawMany<Record<string, unknown>>();
  return rows.map((r) => ({
    tier: r.tier === 'weekly' ? 'weekly' : 'daily',
    sampled: num(r.sampled),
    reviewed: num(r.reviewed),
    passed: num(r.passed),
    ...(Object.fromEntries(STANDARDS.map((s) => [s, num(r[s])])) as Record<Standard, number>),
  }));
}
