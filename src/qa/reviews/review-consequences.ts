import { Injectable } from '@nestjs/common';
import { EntityManager, Not, IsNull } from 'typeorm';
import { CallFinalVerdict, type CallFacts } from '../../calls/index.js';
import { recheckPolicy } from '../plans/plan.js';
import { PlansService } from '../plans/plans.service.js';
import { RechecksService } from '../rechecks/rechecks.service.js';
import { RemedialService } from '../remedial/remedial.service.js';
import { Penalty } from './penalty.entity.js';
import { failedStandards, Review, rulesOf } from './review.entity.js';

/**
 * What a review sets in motion, inside the review's transaction. A failure
 * makes the call invalid and, once per call, opens a call-back (回访修正), writes
 * a penalty and puts the agent on the re-check list. A pass makes the call
 * valid unless another standing review failed it, and counts towards release.
 */
@Injectable()
export class ReviewConsequences {
  constructor(
    private readonly verdicts: CallFinalVerdict,
    private readonly plans: PlansService,
    private readonly rechecks: RechecksService,
    private readonly remedial: RemedialService,
  ) {}

  async afterReview(tx: EntityManager, review: Review, call: CallFacts, now: Date): Promise<void> {
    const policy = recheckPolicy(await this.plans.get(tx));
    const otherFailure = await this.standingFailure(tx, call.id, review.id);
    if (review.passed) {
      if (otherFailure) return;
      await this.verdicts.setByReview(tx, call.id, 'valid');
      await this.rechecks.recordPass(
        tx,
        { agentCode: review.agentCode, at: now, callStartedAt: call.startedAt },
        policy,
      );
      return;
    }
    await this.verdicts.setByReview(tx, call.id, 'invalid');
    if (otherFailure) return;
    const standards = failedStandards(rulesOf(review));
    const reason = `${review.tier} review ${review.id} of call ${call.id} failed: ${standards.join(', ')}`;
    await this.remedial.open(
      tx,
      call,
      { reviewId: review.id, tier: review.tier, standards, reason },
      now,
    );
    await tx.getRepository(Penalty).insert({
      agentCode: review.agentCode,
      callId: call.id,
      reviewId: review.id,
      reason,
      createdAt: now,
      rescindedAt: null,
      rescindedReason: null,
    });
    await this.rechecks.recordFailure(
      tx,
      { agentCode: review.agentCode, reason, at: now, reviewId: review.id },
      policy,
    );
  }

  /** `original` has just been replaced by `overturn` (and marked so). */
  async afterOverturn(
    tx: EntityManager,
    original: Review,
    overturn: Review,
    call: CallFacts,
    now: Date,
  ) {
    if (original.passed === overturn.passed) return;
    if (!overturn.passed) return this.afterReview(tx, overturn, call, now);
    if (await this.standingFailure(tx, call.id, overturn.id)) return;
    const note = `review ${original.id} overturned by review ${overturn.id}: ${overturn.overturnReason}`;
    await this.verdicts.setByReview(tx, call.id, 'valid');
    const withdrawal = {
      reviewId: original.id,
      overturnReviewId: overturn.id,
      reason: overturn.overturnReason ?? '',
      note,
    };
    await this.remedial.cancelForReview(tx, withdrawal, now);
    await tx
      .createQueryBuilder()
      .update(Penalty)
      .set({ rescindedAt: now, rescindedReason: note.slice(0, 500) })
      .where('review_id = :id AND rescinded_at IS NULL', { id: original.id })
      .execute();
    await this.rechecks.releaseOverturned(tx, original.agentCode, original.id, now);
  }

  /** Another current (not overturned) review that failed this call. */
  private async standingFailure(tx: EntityManager, callId: number, exceptId: number) {
    return tx.getRepository(Review).exists({
      where: { callId, passed: false, overturnedByReviewId: IsNull(), id: Not(exceptId) },
    });
  }
}
