import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../common/access/principal.js';
import { ConflictError, NotFoundError } from '../../common/errors.js';
import {
  assertMayContest,
  assertMayDecide,
  assertMayReview,
  decidedStatus,
  judgeChecks,
  type WorkOrderStatus,
} from '../domain/index.js';
import { QaTransactions } from '../qa-transactions.js';
import { TiersService } from '../tiers/tiers.service.js';
import type {
  ContestWorkOrderDto,
  DecideWorkOrderDto,
  ListWorkOrdersQuery,
  ReviewWorkOrderDto,
} from './dto/work-order.dto.js';
import { WORK_ORDER_TIER } from './work-order-draw.service.js';
import { WorkOrderItem } from './work-order-item.entity.js';

/** Statuses a handler has something to see in: their failed work orders and what became of them. */
const HANDLER_STATUSES: WorkOrderStatus[] = ['failed', 'contested', 'upheld', 'overturned'];

/**
 * The two-way review of a drawn work order: review → (failed) the handler
 * contests once → a second supervisor decides. The rules are in
 * qa/domain/work-order-review.ts; each step is one guarded update, so of two
 * concurrent steps one wins and the other gets a 409.
 */
@Injectable()
export class WorkOrderReviewsService {
  constructor(
    private readonly transactions: QaTransactions,
    private readonly tiers: TiersService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  review(id: number, dto: ReviewWorkOrderDto, actor: Principal): Promise<WorkOrderItem> {
    return this.step(id, async (item, tx) => {
      const tier = await this.tiers.get(WORK_ORDER_TIER, tx);
      assertMayReview(item, actor, tier.reviewerRole);
      const judged = judgeChecks(dto.checks);
      return {
        status: judged.passed ? 'passed' : 'failed',
        checks: judged.checks,
        reviewerId: actor.id,
        reviewerName: actor.name,
        reviewedAt: new Date(),
      };
    });
  }

  contest(id: number, dto: ContestWorkOrderDto, actor: Principal): Promise<WorkOrderItem> {
    return this.step(id, async (item) => {
      assertMayContest(item, actor);
      return { status: 'contested', contestReason: dto.reason.trim(), contestedAt: new Date() };
    });
  }

  decide(id: number, dto: DecideWorkOrderDto, actor: Principal): Promise<WorkOrderItem> {
    return this.step(id, async (item) => {
      assertMayDecide(item, actor);
      return {
        status: decidedStatus(dto.decision),
        decisionNote: dto.note.trim(),
        decidedById: actor.id,
        decidedByName: actor.name,
        decidedAt: new Date(),
      };
    });
  }

  async get(id: number): Promise<WorkOrderItem> {
    const item = await this.db.getRepository(WorkOrderItem).findOneBy({ id });
    if (!item) throw new NotFoundError(`work order ${id}`);
    return item;
  }

  list(q: ListWorkOrdersQuery): Promise<WorkOrderItem[]> {
    return this.db.getRepository(WorkOrderItem).find({
      where: {
        ...(q.period !== undefined && { period: q.period }),
        ...(q.status !== undefined && { status: q.status as WorkOrderStatus }),
      },
      order: { id: 'ASC' },
      take: 500,
    });
  }

  /** The handler's own failed work orders with the reviewer's notes, newest first. */
  mine(handler: Principal): Promise<WorkOrderItem[]> {
    return this.db
      .getRepository(WorkOrderItem)
      .createQueryBuilder('i')
      .where('i.handler_id = :id AND i.status IN (:...statuses)', {
        id: handler.id,
        statuses: HANDLER_STATUSES,
      })
      .orderBy('i.id', 'DESC')
      .take(500)
      .getMany();
  }

  private step(
    id: number,
    plan: (item: WorkOrderItem, tx: EntityManager) => Promise<Partial<WorkOrderItem>>,
  ): Promise<WorkOrderItem> {
    return this.transactions.run(async (tx) => {
      const repo = tx.getRepository(WorkOrderItem);
      const item = await repo.findOneBy({ id });
      if (!item) throw new NotFoundError(`work order ${id}`);
      const changes = await plan(item, tx);
      const updated = await repo.update({ id, status: item.status }, changes);
      if (updated.affected === 0)
        throw new ConflictError(`work order ${id} changed meanwhile; reload it`);
      return repo.findOneByOrFail({ id });
    });
  }
}
