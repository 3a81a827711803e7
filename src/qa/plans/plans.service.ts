import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { Principal } from '../../common/access/principal.js';
import { QaTransactions } from '../qa-transactions.js';
import { TiersService } from '../tiers/tiers.service.js';
import { UpdatePlansDto } from './dto/update-plans.dto.js';
import { PLAN_TIERS, type PlanRows } from './plan.js';
import { QaPlan } from './qa-plan.entity.js';

/** GET/PUT /api/qa/plans: the re-check rule (qa_plan) and the daily and weekly tier rows. */
@Injectable()
export class PlansService {
  constructor(
    @InjectRepository(QaPlan) private readonly plans: Repository<QaPlan>,
    private readonly tiers: TiersService,
    private readonly transactions: QaTransactions,
  ) {}

  /** The migration writes the one row; a missing row is a broken install, not a default. */
  async get(manager?: EntityManager): Promise<QaPlan> {
    const repo = manager ? manager.getRepository(QaPlan) : this.plans;
    const [plan] = await repo.find({ order: { id: 'ASC' }, take: 1 });
    if (!plan) throw new Error('qa_plan has no row: run the migrations');
    return plan;
  }

  async rows(manager?: EntityManager): Promise<PlanRows> {
    return {
      plan: await this.get(manager),
      daily: await this.tiers.get('daily', manager),
      weekly: await this.tiers.get('weekly', manager),
    };
  }

  /** One transaction: a bad field in `weekly` leaves `daily` as it was. */
  update(dto: UpdatePlansDto, by: Principal): Promise<PlanRows> {
    return this.transactions.run(async (tx) => {
      for (const tier of PLAN_TIERS) {
        const given = dto[tier];
        if (given) await this.tiers.updatePlan(tier, given, by, tx);
      }
      // Stamped on every PUT, as before tiers were rows: the plan's updatedBy is who saved it last.
      const plan = await this.get(tx);
      if (dto.recheck?.releaseAfterPasses !== undefined)
        plan.recheckReleasePasses = dto.recheck.releaseAfterPasses;
      if (dto.recheck?.releaseAfterBusinessDays !== undefined)
        plan.recheckReleaseBusinessDays = dto.recheck.releaseAfterBusinessDays;
      plan.updatedAt = new Date();
      plan.updatedBy = by.name;
      await tx.getRepository(QaPlan).save(plan);
      return this.rows(tx);
    });
  }
}
