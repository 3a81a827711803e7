import type { EntityManager } from 'typeorm';
import { type CallTierInfo, readCallTiers } from '../../qa/index.js';

type PeriodsOf = (tier: CallTierInfo) => string[];

/** A WHERE clause on sample items `i`: each call tier's items of the periods `periodsOf` names. */
export interface TierPeriodsFilter {
  tiers: CallTierInfo[];
  /** Null when no tier has a period to count (then no item matches). */
  clause: string | null;
  params: Record<string, string | string[]>;
}

/**
 * The call tiers (from their rows, in the report's snapshot) and a filter on
 * their items by (tier, period), so the queries use ix_qa_items_tier_period.
 */
export async function tierPeriods(
  m: EntityManager,
  periodsOf: PeriodsOf,
): Promise<TierPeriodsFilter> {
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
