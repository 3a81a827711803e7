import type { RecheckPolicy } from '../domain/index.js';
import type { QaTier } from '../tiers/qa-tier.entity.js';
import { toTierPlan } from '../tiers/tier-plan.js';
import type { PlanView, TierPlanView } from './plan-view.js';
import type { QaPlan } from './qa-plan.entity.js';

/** The tier rows GET/PUT /api/qa/plans shows, by their ids (the contract's field names). */
export const PLAN_TIERS = ['daily', 'weekly'] as const;

export interface PlanRows {
  plan: QaPlan;
  daily: QaTier;
  weekly: QaTier;
}

export function recheckPolicy(plan: QaPlan): RecheckPolicy {
  return {
    releaseAfterPasses: plan.recheckReleasePasses,
    releaseAfterBusinessDays: plan.recheckReleaseBusinessDays,
  };
}

function tierView(row: QaTier): TierPlanView {
  const { rate, reviewerRole, reviewDueBusinessDays } = toTierPlan(row);
  return { rate, reviewerRole, reviewDueBusinessDays };
}

/** The public shape of the plan (GET/PUT /api/qa/plans): its last change is the latest of its rows'. */
export function toPlanView({ plan, daily, weekly }: PlanRows): PlanView {
  const last = [plan, daily, weekly].reduce((a, b) =>
    b.updatedAt.getTime() > a.updatedAt.getTime() ? b : a,
  );
  return {
    daily: tierView(daily),
    weekly: tierView(weekly),
    recheck: recheckPolicy(plan),
    updatedAt: last.updatedAt.toISOString(),
    updatedBy: last.updatedBy,
  };
}
