import type { EntityManager } from 'typeorm';
import { Call } from '../../calls/call.entity.js';
import { Review } from '../../qa/reviews/review.entity.js';
import { SampleItem } from '../../qa/sampling/sample-item.entity.js';
import { periodsOverlapping } from '../../qa/index.js';
import type { ReviewedSale } from '../domain/failures.js';
import { STANDARDS, type Standard } from '../domain/report-types.js';
import type { ReportWeek } from '../domain/week.js';
import { joinCheckerResults } from './checker-results.js';
import { jsonKeySql } from '../../database/json-sql.js';
import { tierPeriods } from './qa-periods.js';

/**
 * The week's sales a human reviewed, with the checker's and the reviewers'
 * result per standard. Reached from the week's sample items (a call is drawn
 * in the runs of the tiers' periods that overlap the week; the item points at its current review,
 * an overturn replacing it), so it touches only the few reviewed calls.
 * A call reviewed in two tiers fails a standard if either current review did.
 */
export async function reviewedSales(
  m: EntityManager,
  week: ReportWeek,
  timeZone: string,
): Promise<ReviewedSale[]> {
  const { clause, params } = await tierPeriods(m, (t) =>
    periodsOverlapping(t.periodKind, week.startUtc, week.endUtc, timeZone),
  );
  if (!clause) return [];
  const qb = m
    .createQueryBuilder()
    .select('c.id', 'callId')
    .addSelect('c.final_status', 'finalStatus')
    .from(SampleItem, 'i')
    .innerJoin(Review, 'r', 'r.id = i.review_id')
    .innerJoin(Call, 'c', 'c.id = i.call_id')
    .where(clause, params)
    .andWhere(`c.purpose = 'marketing' AND c.outcome = 'sale'`)
    .andWhere('c.local_date BETWEEN :from AND :to', { from: week.from, to: week.to })
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
