import type { EntityManager } from 'typeorm';
import { STANDARDS, type Standard } from '../compliance/index.js';
import { idOrNull, num } from '../database/aggregate-sql.js';
import { jsonKeySql } from '../database/json-sql.js';
import { periodsEndingIn, periodsOverlapping } from './domain/periods.js';
import { Review } from './reviews/review.entity.js';
import { SampleItem } from './sampling/sample-item.entity.js';
import { type CallTierInfo, readCallTiers } from './tiers/tier-reader.js';
import { WorkOrderItem } from './work-orders/work-order-item.entity.js';

/**
 * The plain facts the weekly report reads of QA, in the caller's manager (the
 * report's snapshot): a UTC range [startUtc, endUtc) and the centre's time zone
 * say which of each call tier's periods count.
 */
export interface QaRange {
  startUtc: string;
  endUtc: string;
  timeZone: string;
}

/** One call tier's items and their current reviews: how many passed, overall and per standard. */
export interface TierReviewTally extends CallTierInfo {
  sampled: number;
  reviewed: number;
  passed: number;
  passedStandards: Record<Standard, number>;
}

/**
 * One row per call tier, in the tiers' order (zeros when not drawn): items of
 * each tier's periods that end in the range (its seven days, the week itself, a
 * month whose last day is in it; a period is drawn once, after it ends) and
 * their current review (an overturn replaces it). Uses ix_qa_items_tier_period.
 */
export async function tierReviewTallies(
  m: EntityManager,
  range: QaRange,
): Promise<TierReviewTally[]> {
  const { tiers, clause, params } = await tierPeriods(m, (t) =>
    periodsEndingIn(t.periodKind, range.startUtc, range.endUtc, range.timeZone),
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
  return tiers.map((t) => {
    const r = counted.get(t.tier) ?? {};
    return {
      ...t,
      sampled: num(r.sampled),
      reviewed: num(r.reviewed),
      passed: num(r.passed),
      passedStandards: Object.fromEntries(STANDARDS.map((s) => [s, num(r[s])])) as Record<
        Standard,
        number
      >,
    };
  });
}

/** A call with a current review: the standards a reviewer failed. */
export interface ReviewedCall {
  callId: number;
  reviewFailed: Record<Standard, boolean>;
}

/**
 * The calls drawn in the runs of the tiers' periods that overlap the range
 * and reviewed (the item points at its current review, an overturn replacing
 * it). A call reviewed in two tiers fails a standard if either current review did.
 */
export async function reviewedCalls(m: EntityManager, range: QaRange): Promise<ReviewedCall[]> {
  const { clause, params } = await tierPeriods(m, (t) =>
    periodsOverlapping(t.periodKind, range.startUtc, range.endUtc, range.timeZone),
  );
  if (!clause) return [];
  const qb = m
    .createQueryBuilder()
    .select('i.call_id', 'callId')
    .from(SampleItem, 'i')
    .innerJoin(Review, 'r', 'r.id = i.review_id')
    .where(clause, params)
    .groupBy('i.call_id');
  for (const s of STANDARDS) {
    const human = jsonKeySql(m, 'r.rules', s);
    qb.addSelect(`MAX(CASE WHEN ${human} = 'fail' THEN 1 ELSE 0 END)`, s);
  }
  const rows = await qb.getRawMany<Record<string, unknown>>();
  return rows.map((r) => ({
    callId: Number(r.callId),
    reviewFailed: Object.fromEntries(STANDARDS.map((s) => [s, Number(r[s]) === 1])) as Record<
      Standard,
      boolean
    >,
  }));
}

/** One handler's work orders in a draw: how many were reviewed, passed, contested, overturned. */
export interface WorkOrderTally {
  handlerId: number | null;
  handlerName: string;
  sampled: number;
  reviewed: number;
  passed: number;
  contested: number;
  overturned: number;
}

/** Work orders of one draw period (an ISO week) per handler; uses ix_qa_wo_items_period. */
export async function workOrderTallies(
  m: EntityManager,
  period: string,
): Promise<WorkOrderTally[]> {
  const rows = await m
    .createQueryBuilder()
    .select('i.handler_id', 'handlerId')
    .addSelect('i.handler_name', 'handlerName')
    .addSelect('COUNT(*)', 'sampled')
    .addSelect("SUM(CASE WHEN i.status <> 'open' THEN 1 ELSE 0 END)", 'reviewed')
    .addSelect("SUM(CASE WHEN i.status IN ('passed', 'overturned') THEN 1 ELSE 0 END)", 'passed')
    .addSelect('SUM(CASE WHEN i.contested_at IS NOT NULL THEN 1 ELSE 0 END)', 'contested')
    .addSelect("SUM(CASE WHEN i.status = 'overturned' THEN 1 ELSE 0 END)", 'overturned')
    .from(WorkOrderItem, 'i')
    .where('i.period = :period', { period })
    .groupBy('i.handler_id')
    .addGroupBy('i.handler_name')
    .getRawMany<Record<string, unknown>>();
  return rows.map((r) => ({
    handlerId: idOrNull(r.handlerId),
    handlerName: String(r.handlerName),
    sampled: num(r.sampled),
    reviewed: num(r.reviewed),
    passed: num(r.passed),
    contested: num(r.contested),
    overturned: num(r.overturned),
  }));
}

/**
 * The call tiers and a WHERE clause on sample items `i`: each tier's items of
 * the periods `periodsOf` names, so the queries use ix_qa_items_tier_period.
 * The clause is null when no tier has a period to count (then no item matches).
 */
async function tierPeriods(
  m: EntityManager,
  periodsOf: (tier: CallTierInfo) => string[],
): Promise<{ tiers: CallTierInfo[]; clause: string | null; params: Record<string, unknown> }> {
  const tiers = await readCallTiers(m);
  const params: Record<string, string | string[]> = {};
  const clauses: string[] = [];
  tiers.forEach((t, n) => {
    const periods = periodsOf(t);
    if (periods.length === 0) return;
    params[`tier${n}`] = t.tier;
    params[`periods${n}`] = periods;
    clauses.push(`(i.tier = :tier${n} AND i.period IN (:...periods${n}))`);
  });
  return { tiers, clause: clauses.length ? `(${clauses.join(' OR ')})` : null, params };
}
