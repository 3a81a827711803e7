import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import type { Principal } from '../../common/access/principal.js';
import { CallReader } from '../../calls/index.js';
import { ConflictError, NotFoundError } from '../../common/errors.js';
import { QaTransactions } from '../qa-transactions.js';
import { SampleItem } from '../sampling/sample-item.entity.js';
import { OverturnReviewDto } from './dto/overturn-review.dto.js';
import { ReviewConsequences } from './review-consequences.js';
import { assertMayOverturn } from './overturn-rules.js';
import { Review, rulesOf } from './review.entity.js';
import { assertNotOwnCall, ReviewsService } from './reviews.service.js';

/**
 * A supervisor replaces a review with their own verdict and a reason. The old
 * review stays (marked overturned) so the history shows both; only the current
 * review can be overturned, never by the person who wrote it (though a
 * supervisor may revise their own overturn), and never without a change
 * (overturn-rules.ts).
 */
@Injectable()
export class OverturnService {
  constructor(
    private readonly transactions: QaTransactions,
    private readonly reviews: ReviewsService,
    private readonly consequences: ReviewConsequences,
    private readonly calls: CallReader,
  ) {}

  overturn(reviewId: number, dto: OverturnReviewDto, actor: Principal): Promise<Review> {
    return this.transactions.run(async (tx) => {
      const original = await tx.getRepository(Review).findOneBy({ id: reviewId });
      if (!original) throw new NotFoundError(`review ${reviewId}`);
      if (original.overturnedByReviewId !== null)
        throw new ConflictError(
          `review ${reviewId} was already overturned by review ${original.overturnedByReviewId}`,
        );
      assertMayOverturn(
        {
          id: original.id,
          kind: original.kind,
          reviewerId: original.reviewerId,
          rules: rulesOf(original),
        },
        actor.id,
        dto.rules,
      );
      assertNotOwnCall(actor, original.agentCode);
      const item = await tx.getRepository(SampleItem).findOneByOrFail({ id: original.itemId });
      const call = await this.calls.byIdOrFail(original.callId, tx);
      const now = new Date();
      const overturn = await this.reviews.insert(
        tx,
        {
          item,
          call,
          reviewer: actor,
          rules: dto.rules,
          notes: null,
          comments: null,
          overturns: { review: original, reason: dto.reason },
        },
        now,
      );
      const marked = await tx
        .getRepository(Review)
        .update(
          { id: original.id, overturnedByReviewId: IsNull() },
          { overturnedByReviewId: overturn.id },
        );
      if (marked.affected === 0)
        throw new ConflictError(`review ${reviewId} was overturned meanwhile; reload it`);
      await tx.getRepository(SampleItem).update(item.id, { reviewId: overturn.id });
      await this.consequences.afterOverturn(tx, original, overturn, call, now);
      return overturn;
    });
  }
}
