import type { EntityManager } from 'typeorm';
import type { PeriodKind } from '../domain/index.js';
import { QaTier } from './qa-tier.entity.js';
import { toTierPlan } from './tier-plan.js';
import { CALL_SUBJECT } from './tiers.service.js';

/** A call tier as other modules see it (the weekly report's QA section), never the entity. */
export interface CallTierInfo {
  tier: string;
  label: string;
  periodKind: PeriodKind;
  rate: number;
}

/** The call tiers in their order, read in the caller's transaction (the report's snapshot). */
export async function readCallTiers(m: EntityManager): Promise<CallTierInfo[]> {
  const rows = await m
    .getRepository(QaTier)
    .find({ where: { subject: CALL_SUBJECT }, order: { id: 'ASC' } });
  return rows.map(toTierPlan).map(({ tier, label, periodKind, rate }) => ({
    tier,
    label,
    periodKind,
    rate,
  }));
}
