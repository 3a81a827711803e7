import type { EntityManager } from 'typeorm';
import { salesChecks } from '../../calls/index.js';
import { reviewedCalls } from '../../qa/index.js';
import type { ReviewedSale } from '../domain/failures.js';
import type { ReportWeek } from '../domain/week.js';

/**
 * The week's sales a human reviewed, with the checker's and the reviewers'
 * result per standard: qa names the reviewed calls of the tiers' periods that
 * overlap the week (a few), calls keeps those that are the week's sales.
 */
export async function reviewedSales(
  m: EntityManager,
  week: ReportWeek,
  timeZone: string,
): Promise<ReviewedSale[]> {
  const reviewed = await reviewedCalls(m, { ...week, timeZone });
  if (reviewed.length === 0) return [];
  const failed = new Map(reviewed.map((r) => [r.callId, r.reviewFailed]));
  const sales = await salesChecks(m, [...failed.keys()], week);
  return sales.flatMap((s) => {
    const reviewFailed = failed.get(s.callId);
    return reviewFailed ? [{ ...s, reviewFailed }] : [];
  });
}
