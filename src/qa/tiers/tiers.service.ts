import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { validateCronExpression } from 'cron';
import { EntityManager, Repository } from 'typeorm';
import type { Principal } from '../../common/access/principal.js';
import { ConflictError, inField, InvalidInputError, NotFoundError } from '../../common/errors.js';
import { rateToPpm } from '../domain/index.js';
import type { CreateTierDto, TierPlanDto, UpdateTierDto } from './dto/tier-plan.dto.js';
import { QaTier } from './qa-tier.entity.js';
import { type TierPlan, toTierPlan } from './tier-plan.js';

/** What a call tier samples; the work-order tier samples closed complaints. */
export const CALL_SUBJECT = 'call';

/** Sampling tiers stored as rows; the migrations write daily, weekly and work_order. */
@Injectable()
export class TiersService {
  constructor(@InjectRepository(QaTier) private readonly tiers: Repository<QaTier>) {}

  list(manager?: EntityManager): Promise<QaTier[]> {
    return this.repo(manager).find({ order: { id: 'ASC' } });
  }

  /** The tiers SamplingService draws (rows of subject 'call'), oldest first. */
  async callTiers(manager?: EntityManager): Promise<TierPlan[]> {
    const rows = await this.repo(manager).find({
      where: { subject: CALL_SUBJECT },
      order: { id: 'ASC' },
    });
    return rows.map(toTierPlan);
  }

  async get(tier: string, manager?: EntityManager): Promise<QaTier> {
    const row = await this.repo(manager).findOneBy({ tier });
    if (!row) throw new NotFoundError(`sampling tier ${tier}`);
    return row;
  }

  /** A call tier's plan for a draw: an unknown id is a 400 naming `tier` (it came in a body or query). */
  async callTier(tier: string, manager?: EntityManager): Promise<TierPlan> {
    const row = await this.repo(manager).findOneBy({ tier, subject: CALL_SUBJECT });
    if (!row) throw new InvalidInputError(`tier: no call sampling tier ${tier}`);
    return toTierPlan(row);
  }

  async create(dto: CreateTierDto, by: Principal): Promise<QaTier> {
    if (await this.repo().findOneBy({ tier: dto.tier }))
      throw new ConflictError(`tier: ${dto.tier} exists; PUT /api/qa/tiers/${dto.tier} changes it`);
    const row = this.repo().create({
      tier: dto.tier,
      subject: CALL_SUBJECT,
      periodKind: dto.periodKind,
      ratePpm: 0,
      reviewerRole: dto.reviewerRole,
      dueBusinessDays: dto.reviewDueBusinessDays,
      schedule: null,
      label: null,
    });
    applyTierFields(row, dto);
    return this.stamp(row, by, undefined);
  }

  /** Fields given are changed. */
  async update(tier: string, dto: UpdateTierDto, by: Principal): Promise<QaTier> {
    const row = await this.get(tier);
    applyTierFields(row, dto);
    return this.stamp(row, by, undefined);
  }

  /** PUT /api/qa/plans: `field` prefixes the errors (daily.rate), in the plan's transaction. */
  async updatePlan(
    tier: string,
    dto: TierPlanDto,
    by: Principal,
    manager: EntityManager,
  ): Promise<QaTier> {
    const row = await this.get(tier, manager);
    applyTierFields(row, dto, `${tier}.`);
    return this.stamp(row, by, manager);
  }

  private stamp(row: QaTier, by: Principal, manager: EntityManager | undefined): Promise<QaTier> {
    row.updatedAt = new Date();
    row.updatedBy = by.name;
    return this.repo(manager).save(row);
  }

  private repo(manager?: EntityManager): Repository<QaTier> {
    return manager ? manager.getRepository(QaTier) : this.tiers;
  }
}

function applyTierFields(row: QaTier, dto: UpdateTierDto, prefix = ''): void {
  if (dto.rate !== undefined) {
    const rate = dto.rate;
    row.ratePpm = inField(`${prefix}rate`, () => rateToPpm(rate));
  }
  if (dto.reviewerRole !== undefined) row.reviewerRole = dto.reviewerRole;
  if (dto.reviewDueBusinessDays !== undefined) row.dueBusinessDays = dto.reviewDueBusinessDays;
  if (dto.schedule !== undefined) {
    if (dto.schedule !== null && !validateCronExpression(dto.schedule).valid)
      throw new InvalidInputError(`schedule: not a valid cron: ${dto.schedule}`);
    row.schedule = dto.schedule;
  }
  if (dto.label !== undefined) row.label = dto.label;
}
