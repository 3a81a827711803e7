import type { EntityManager } from 'typeorm';
import { Call } from '../../calls/call.entity.js';
import { Review } from '../../qa/reviews/review.entity.js';
import { SampleItem } from '../../qa/sampling/sample-item.entity.js';
import type { ReviewedSale } from '../domain/failures.js';
import { STANDARDS, type Standard } from '../domain/report-types.js';
import type { ReportWeek } from '../domain/week.js';
import { joinCheckerResults } from './checker-results.js';
import { jsonKeySql } from '../../database/json-sql.js';

/**
 * The week's sales a human reviewed, with the checker's and the reviewers'
 * result per standard. Reached from the week's sample items (a call is drawn
 * in the run of its own day or week; the item points at its current review,
 * an overturn replacing it), so it touches only the few reviewed calls.
 * A call reviewed in two tiers fails a standard if either current review did.
 */
export async function reviewedSales(m: EntityManager, week: ReportWeek): Promise<ReviewedSale[]> {
  const qb = m
    .createQueryBuilder()
    .select('c.id', 'callId')
    .addSelect('c.final_status', 'finalStatus')
    .from(SampleItem, 'i')
    .innerJoin(Review, 'r', 'r.id = i.review_id')
    .innerJoin(Call, 'c', 'c.id = i.call_id')
    .where(
      `((i.tier = 'daily' AND i.period BETWEEN :from AND :to) OR (i.tier = 'weekly' AND i.period = :week))`,
      { from: week.from, to: week.to, week: week.week },
    )
    .andWhere(`c.purpose = 'marketing' AND c.outcome = 'sale'`)
    .andWhere('c.local_date BETWEEN :from AND :to')
    .groupBy('c.id')
    .addGroupBy('c.final_status');
  joinCheckerResults(qb, 'c', 'Auto');
  for (const s of STANDARDS) {
    const human = jsonKeySql(m, 'r.rules', s);
    qb.addSelect(`MAX(CASE WHEN ${human} = 'fail' THEN 1 ELSE 0 END)`, `${s}Human`);
  }
  const rows = await qb.getRawMany<Record<string, unknown>>();
  return rows.map((r) => ({
    callId: Number(r.callId),
    finalStatus: String(r.finalStatus),
    checkerFailed: flags(r, 'Auto', (v) => v === 'fail'),
    reviewFailed: flags(r, 'Human', (v) => Number(v) === 1),
  }));
}

function flags(
  row: Record<string, unknown>,
  suffix: string,
  failed: (v: unknown) => boolean,
): Record<Standard, boolean> {
  return Object.fromEntries(STANDARDS.map((s) => [s, failed(row[`${s}${suffix}`])])) as Record<
    Standard,
    boolean
  >;
}
