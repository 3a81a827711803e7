import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Principal } from '../../common/access/principal.js';
import { CallReader, checkerResults, type CallFacts } from '../../calls/index.js';
import { ConflictError, NotFoundError } from '../../common/errors.js';
import { AppConfig } from '../../config/app-config.js';
import { LedgerService } from '../../ledger/index.js';
import { localDateOf } from '../domain/local-time.js';
import { QaForbiddenError } from '../qa.errors.js';
import { QaTransactions } from '../qa-transactions.js';
import { SampleItem } from '../sampling/sample-item.entity.js';
import { SamplingRun } from '../sampling/sampling-run.entity.js';
import { CreateReviewDto, ReviewRulesDto } from './dto/create-review.dto.js';
import { ReviewConsequences } from './review-consequences.js';
import {
  failedStandards,
  Review,
  rulesOf,
  STANDARDS,
  type ReviewComment,
  type ReviewRules,
} from './review.entity.js';

export interface ReviewInput {
  item: SampleItem;
  call: CallFacts;
  reviewer: Principal;
  rules: ReviewRulesDto;
  notes: string | null;
  comments: ReviewComment[] | null;
  overturns?: { review: Review; reason: string };
}

/** Records a review, closes its item and applies the consequences, in one transaction. */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly transactions: QaTransactions,
    private readonly consequences: ReviewConsequences,
    private readonly config: AppConfig,
    private readonly ledger: LedgerService,
    private readonly calls: CallReader,
  ) {}

  create(dto: CreateReviewDto, reviewer: Principal): Promise<Review> {
    return this.transactions.run(async (tx) => {
      const item = await tx.getRepository(SampleItem).findOneBy({ id: dto.itemId });
      if (!item) throw new NotFoundError(`QA item ${dto.itemId}`);
      const run = await tx.getRepository(SamplingRun).findOneByOrFail({ id: item.runId });
      if (reviewer.role !== run.reviewerRole)
        throw new QaForbiddenError(
          `${item.tier} items are reviewed by ${run.reviewerRole}s; ${reviewer.name} is ${reviewer.role}`,
        );
      assertNotOwnCall(reviewer, item.agentCode);
      const now = new Date();
      // Guarded on status: of two reviews racing for one item, one wins and one gets 409.
      const claimed = await tx
        .getRepository(SampleItem)
        .update({ id: item.id, status: 'open' }, { status: 'reviewed', reviewedAt: now });
      if (item.status !== 'open' || claimed.affected === 0)
        throw new ConflictError(`QA item ${item.id} is already reviewed`);
      const call = await this.calls.byIdOrFail(item.callId, tx);
      const review = await this.insert(
        tx,
        {
          item,
          call,
          reviewer,
          rules: dto.rules,
          notes: dto.notes ?? null,
          comments: dto.comments?.map(({ atMs, text }) => ({ atMs, text })) ?? null,
        },
        now,
      );
      await tx.getRepository(SampleItem).update(item.id, { reviewId: review.id });
      await this.consequences.afterReview(tx, review, call, now);
      return review;
    });
  }

  /** Writes the review row with the checker's verdict beside the human one (for calibration). */
  async insert(tx: EntityManager, input: ReviewInput, now: Date): Promise<Review> {
    const { item, call, reviewer, rules } = input;
    const repo = tx.getRepository(Review);
    const review = await repo.save(
      repo.create({
        itemId: item.id,
        callId: call.id,
        agentCode: item.agentCode,
        tier: item.tier,
        kind: input.overturns ? 'overturn' : 'review',
        reviewerId: reviewer.id,
        reviewerName: reviewer.name,
        reviewerRole: reviewer.role,
        rules: Object.fromEntries(STANDARDS.map((s) => [s, rules[s]])) as ReviewRules,
        passed: failedStandards(rules).length === 0,
        notes: input.notes,
        comments: input.comments,
        checkerRules: checkerResults(call),
        checkerStatus: call.autoStatus,
        overturnsReviewId: input.overturns?.review.id ?? null,
        overturnReason: input.overturns?.reason ?? null,
        overturnedByReviewId: null,
        createdAt: now,
        reviewDate: localDateOf(now, this.config.timeZone),
      }),
    );
    await this.chain(tx, review, call);
    return review;
  }

  /** Reviews and overturns are chained as they are written; the verdict they set follows from them. */
  private chain(tx: EntityManager, review: Review, call: CallFacts) {
    return this.ledger.append(tx, {
      kind: review.kind,
      subject: `review:${review.id}`,
      phone: call.phone,
      payload: {
        reviewId: review.id,
        callId: call.id,
        externalId: call.externalId,
        tier: review.tier,
        reviewer: { id: review.reviewerId, role: review.reviewerRole },
        rules: rulesOf(review),
        passed: review.passed,
        checker: { status: review.checkerStatus, engineVersion: call.engineVersion },
        overturnsReviewId: review.overturnsReviewId,
        overturnReason: review.overturnReason,
      },
    });
  }
}

export function assertNotOwnCall(reviewer: Principal, agentCode: string): void {
  if (reviewer.agentCode !== null && reviewer.agentCode === agentCode)
    throw new QaForbiddenError(`a reviewer cannot review their own calls (agent ${agentCode})`);
}
