import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { InvalidInputError, NotFoundError } from '../../common/errors.js';
import { Penalty } from './penalty.entity.js';
import { Review } from './review.entity.js';

@Injectable()
export class ReviewQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every review of a call (or item), overturned ones included, oldest first. */
  list(q: { callId?: number; itemId?: number }): Promise<Review[]> {
    if (!q.callId && !q.itemId) throw new InvalidInputError('give callId or itemId');
    return this.db.getRepository(Review).find({
      where: { ...(q.callId && { callId: q.callId }), ...(q.itemId && { itemId: q.itemId }) },
      order: { id: 'ASC' },
    });
  }

  async get(id: number): Promise<Review> {
    const review = await this.db.getRepository(Review).findOneBy({ id });
    if (!review) throw new NotFoundError(`review ${id}`);
    return review;
  }

  penalties(agentCode?: string): Promise<Penalty[]> {
    return this.db.getRepository(Penalty).find({
      where: agentCode ? { agentCode } : {},
      order: { id: 'ASC' },
      take: 1000,
    });
  }
}
