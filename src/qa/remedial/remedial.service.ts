import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../common/access/principal.js';
import { CallFinalVerdict, CallReader, checkerResults, type CallFacts } from '../../calls/index.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../../common/errors.js';
import { STANDARDS } from '../../compliance/index.js';
import { QaTransactions } from '../qa-transactions.js';
import { RemedialOutcomeDto } from './dto/remedial.dto.js';
import { RemedialTask, type RemedialStatus } from './remedial-task.entity.js';

/** The failed review a call-back is owed for; `reason` says it in one English sentence. */
export interface RemedialFailure {
  reviewId: number;
  tier: string;
  standards: readonly string[];
  reason: string;
}

/** The overturn that withdraws the call-back of `reviewId`; `note` says it in English. */
export interface RemedialWithdrawal {
  reviewId: number;
  overturnReviewId: number;
  reason: string;
  note: string;
}

/**
 * 回访修正: every sale a review found invalid gets a call-back, which must meet
 * the four standards itself. A customer who did not agree to the sale has it
 * (and its trial) cancelled; one who did keeps it.
 */
@Injectable()
export class RemedialService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly calls: CallReader,
    private readonly verdicts: CallFinalVerdict,
    private readonly transactions: QaTransactions,
  ) {}

  open(tx: EntityManager, call: CallFacts, failure: RemedialFailure, now: Date) {
    const repo = tx.getRepository(RemedialTask);
    return repo.save(
      repo.create({
        callId: call.id,
        reviewId: failure.reviewId,
        phone: call.phone,
        agentCode: call.agentCode,
        productCode: call.productCode,
        reason: failure.reason.slice(0, 500),
        tier: failure.tier,
        failedStandards: failure.standards.join(','),
        cancelledByReviewId: null,
        cancelReason: null,
        status: 'open',
        callbackCallId: null,
        customerAgreed: null,
        subscriptionCancelled: false,
        note: null,
        createdAt: now,
        completedAt: null,
        completedById: null,
        completedByName: null,
      }),
    );
  }

  /** The failure that asked for the call-back was overturned: the open task is withdrawn. */
  async cancelForReview(tx: EntityManager, withdrawal: RemedialWithdrawal, now: Date) {
    await tx.getRepository(RemedialTask).update(
      { reviewId: withdrawal.reviewId, status: 'open' },
      {
        status: 'cancelled',
        note: withdrawal.note,
        cancelledByReviewId: withdrawal.overturnReviewId,
        cancelReason: withdrawal.reason,
        completedAt: now,
      },
    );
  }

  list(q: { status?: RemedialStatus; agentCode?: string; callId?: number }) {
    return this.db.getRepository(RemedialTask).find({
      where: {
        ...(q.status && { status: q.status }),
        ...(q.agentCode && { agentCode: q.agentCode }),
        ...(q.callId && { callId: q.callId }),
      },
      order: { id: 'ASC' },
      take: 1000,
    });
  }

  async recordOutcome(id: number, dto: RemedialOutcomeDto, by: Principal): Promise<RemedialTask> {
    return this.transactions.run(async (tx) => {
      const task = await tx.getRepository(RemedialTask).findOneBy({ id });
      if (!task) throw new NotFoundError(`remedial task ${id}`);
      if (task.status !== 'open') throw new ConflictError(`remedial task ${id} is ${task.status}`);
      const callBack = await this.validCallBack(tx, task, dto.callId);
      const now = new Date();
      await this.verdicts.settleHeldSale(tx, task.callId, dto.customerAgreed);
      Object.assign(task, {
        status: 'done',
        callbackCallId: callBack.id,
        customerAgreed: dto.customerAgreed,
        subscriptionCancelled: !dto.customerAgreed,
        note: dto.note ?? null,
        completedAt: now,
        completedById: by.id,
        completedByName: by.name,
      });
      return tx.getRepository(RemedialTask).save(task);
    });
  }

  /** The call-back is a stored remedial call to the same number, after the sale, that meets all four standards. */
  private async validCallBack(
    tx: EntityManager,
    task: RemedialTask,
    callId: number,
  ): Promise<CallFacts> {
    const call = await this.calls.byId(callId, tx);
    if (!call) throw new InvalidInputError(`callId: call ${callId} does not exist`);
    if (call.purpose !== 'remedial')
      throw new InvalidInputError(
        `callId: call ${callId} has purpose ${call.purpose}; a call-back has purpose remedial`,
      );
    if (call.phone !== task.phone)
      throw new InvalidInputError(`callId: call ${callId} was not made to ${task.phone}`);
    const original = await this.calls.byIdOrFail(task.callId, tx);
    if (call.startedAt.getTime() <= original.startedAt.getTime())
      throw new InvalidInputError(`callId: call ${callId} was made before the sale it corrects`);
    if (call.finalStatus !== 'valid') {
      const results = checkerResults(call);
      const rules = STANDARDS.map((s) => `${s} ${results[s]}`).join(', ');
      throw new ConflictError(
        `call-back ${callId} does not meet the standards (${call.finalStatus}: ${rules}); ` +
          'make a call-back that does and record that one',
      );
    }
    return call;
  }
}
