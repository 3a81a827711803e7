import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { Principal } from '../../common/access/principal.js';
import { inField } from '../../common/errors.js';
import { rateToPpm } from '../domain/index.js';
import { QaPlan } from './qa-plan.entity.js';
import { TierPlanDto, UpdatePlansDto } from './dto/update-plans.dto.js';

@Injectable()
export class PlansService {
  constructor(@InjectRepository(QaPlan) private readonly plans: Repository<QaPlan>) {}

  /** The migration writes the one row; a missing row is a broken install, not a default. */
  async get(manager?: EntityManager): Promise<QaPlan> {
    const repo = manager ? manager.getRepository(QaPlan) : this.plans;
    const [plan] = await repo.find({ order: { id: 'ASC' }, take: 1 });
    if (!plan) throw new Error('qa_plan has no row: run the migrations');
    return plan;
  }

  async update(dto: UpdatePlansDto, by: Principal): Promise<QaPlan> {
    const plan = await this.get();
    applyTier(plan, 'daily', dto.daily);
    applyTier(plan, 'weekly', dto.weekly);
    if (dto.recheck?.releaseAfterPasses !== undefined)
      plan.recheckReleasePasses = dto.recheck.releaseAfterPasses;
    if (dto.recheck?.releaseAfterBusinessDays !== undefined)
      plan.recheckReleaseBusinessDays = dto.recheck.releaseAfterBusinessDays;
    plan.updatedAt = new Date();
    plan.updatedBy = by.name;
    return this.plans.save(plan);
  }
}

function applyTier(plan: QaPlan, tier: 'daily' | 'weekly', dto: TierPlanDto | undefined): void {
  if (!dto) return;
  if (dto.rate !== undefined) {
    const rate = dto.rate;
    const ppm = inField(`${tier}.rate`, () => rateToPpm(rate));
    if (tier === 'daily') plan.dailyRatePpm = ppm;
    else plan.weeklyRatePpm = ppm;
  }
  if (dto.reviewerRole !== undefined) {
    if (tier === 'daily') plan.dailyReviewerRole = dto.reviewerRole;
    else plan.weeklyReviewerRole = dto.reviewerRole;
  }
  if (dto.reviewDueBusinessDays !== undefined) {
    if (tier === 'daily') plan.dailyDueBusinessDays = dto.reviewDueBusinessDays;
    else plan.weeklyDueBusinessDays = dto.reviewDueBusinessDays;
  }
}
