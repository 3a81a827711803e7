import type { RecheckPolicy, SamplingTier } from '../domain/index.js';
import type { PlanView } from './plan-view.js';
import type { QaPlan } from './qa-plan.entity.js';

const PPM = 1_000_000;

export interface TierPlan {
  tier: SamplingTier;
  rate: number;
  ratePpm: number;
  reviewerRole: string;
  reviewDueBusinessDays: number;
}

export function tierPlan(plan: QaPlan, tier: SamplingTier): TierPlan {
  const daily = tier === 'daily';
  const ratePpm = daily ? plan.dailyRatePpm : plan.weeklyRatePpm;
  return {
    tier,
    rate: ratePpm / PPM,
    ratePpm,
    reviewerRole: daily ? plan.dailyReviewerRole : plan.weeklyReviewerRole,
    reviewDueBusinessDays: daily ? plan.dailyDueBusinessDays : plan.weeklyDueBusinessDays,
  };
}

export function recheckPolicy(plan: QaPlan): RecheckPolicy {
  return {
    releaseAfterPasses: plan.recheckReleasePasses,
    releaseAfterBusinessDays: plan.recheckReleaseBusinessDays,
  };
}

/** The public shape of the plan (GET/PUT /api/qa/plans). */
export function toPlanView(plan: QaPlan): PlanView {
  const tier = (t: SamplingTier) => {
    const { tier: _t, ratePpm: _p, ...rest } = tierPlan(plan, t);
    return rest;
  };
  return {
    daily: tier('daily'),
    weekly: tier('weekly'),
    recheck: recheckPolicy(plan),
    updatedAt: plan.updatedAt.toISOString(),
    updatedBy: plan.updatedBy,
  };
}
