import { isPeriodKind, type PeriodKind, type SamplingTier } from '../domain/index.js';
import type { QaTier } from './qa-tier.entity.js';

const PPM = 1_000_000;

/** A tier's console name when its row has none: from its period kind. */
export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  day: '每日抽查',
  week: '每周抽查',
  month: '每月抽查',
};

/** What a draw needs of a tier row, and what its run copies. */
export interface TierPlan {
  tier: SamplingTier;
  periodKind: PeriodKind;
  rate: number;
  ratePpm: number;
  reviewerRole: string;
  reviewDueBusinessDays: number;
  schedule: string | null;
  label: string;
}

export function toTierPlan(row: QaTier): TierPlan {
  // The DTO and the migration only write known kinds; a hand-edited row fails loudly here.
  if (!isPeriodKind(row.periodKind))
    throw new Error(`qa_tiers ${row.tier} has unknown period kind ${row.periodKind}`);
  return {
    tier: row.tier,
    periodKind: row.periodKind,
    rate: row.ratePpm / PPM,
    ratePpm: row.ratePpm,
    reviewerRole: row.reviewerRole,
    reviewDueBusinessDays: row.dueBusinessDays,
    schedule: row.schedule,
    label: row.label ?? PERIOD_KIND_LABELS[row.periodKind],
  };
}
