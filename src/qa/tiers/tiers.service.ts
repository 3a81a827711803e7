import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { Principal } from '../../common/access/principal.js';
import { inField, NotFoundError } from '../../common/errors.js';
import { rateToPpm } from '../domain/index.js';
import { TierPlanDto } from '../plans/dto/update-plans.dto.js';
import { QaTier } from './qa-tier.entity.js';

/** Sampling tiers stored as rows; the migration writes each one, so a missing row is a broken install. */
@Injectable()
export class TiersService {
  constructor(@InjectRepository(QaTier) private readonly tiers: Repository<QaTier>) {}

  list(): Promise<QaTier[]> {
    return this.tiers.find({ order: { id: 'ASC' } });
  }

  async get(tier: string, manager?: EntityManager): Promise<QaTier> {
    const repo = manager ? manager.getRepository(QaTier) : this.tiers;
    const row = await repo.findOneBy({ tier });
    if (!row) throw new NotFoundError(`sampling tier ${tier}`);
    return row;
  }

  /** Fields given are changed (the same body as a call tier in PUT /api/qa/plans). */
  async update(tier: string, dto: TierPlanDto, by: Principal): Promise<QaTier> {
    const row = await this.get(tier);
    if (dto.rate !== undefined) {
      const rate = dto.rate;
      row.ratePpm = inField('rate', () => rateToPpm(rate));
    }
    if (dto.reviewerRole !== undefined) row.reviewerRole = dto.reviewerRole;
    if (dto.reviewDueBusinessDays !== undefined) row.dueBusinessDays = dto.reviewDueBusinessDays;
    row.updatedAt = new Date();
    row.updatedBy = by.name;
    return this.tiers.save(row);
  }
}
