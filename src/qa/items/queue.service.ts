import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '../../common/access/principal.js';
import { ReviewerDirectory } from '../../auth/index.js';
import { CallReader } from '../../calls/index.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../../common/errors.js';
import { QaTransactions } from '../qa-transactions.js';
import { SampleItem } from '../sampling/sample-item.entity.js';
import { SamplingRun } from '../sampling/sampling-run.entity.js';
import { TiersService } from '../tiers/tiers.service.js';
import { isOverdue } from '../domain/due.js';
import type { QueueQuery } from './dto/queue-query.dto.js';
import type { QueueItemView } from './queue-item-view.js';
import { narrowQueue } from './queue-filters.js';

/** A reviewer's work: their open items with the call and the checker's verdict, and reassignment. */
@Injectable()
export class QueueService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly transactions: QaTransactions,
    private readonly tiers: TiersService,
    private readonly calls: CallReader,
    private readonly reviewers: ReviewerDirectory,
  ) {}

  /** Open items assigned to the caller, narrowed and ordered as asked (default: oldest first). */
  async queue(user: Principal, q: QueueQuery = {}, now = new Date()): Promise<QueueItemView[]> {
    // A tier that is not a row is a 400 naming `tier`, not an empty queue.
    if (q.tier) await this.tiers.callTier(q.tier);
    const qb = this.db
      .getRepository(SampleItem)
      .createQueryBuilder('i')
      // A literal 'open': only then can SQLite use the index of open items' assignees.
      .where("i.status = 'open'")
      .andWhere('i.assignee_id = :id', { id: user.id });
    narrowQueue(qb, q, now);
    const items = await qb
      .limit(q.limit ?? 100)
      .offset(q.offset ?? 0)
      .getMany();
    const byId = await this.calls.listed(items.map((i) => i.callId));
    return items.map((item) => {
      const { view, autoStatus } = byId.get(item.callId)!;
      return {
        id: item.id,
        runId: item.runId,
        tier: item.tier,
        period: item.period,
        reason: item.reason,
        status: item.status,
        createdAt: item.createdAt.toISOString(),
        dueAt: item.dueAt.toISOString(),
        overdue: isOverdue(item, now),
        automaticVerdict: autoStatus,
        compliance: view.compliance,
        call: view,
        // A flagged sale is drawn even without a recording: say so, not just hasRecording.
        audioMissing: view.recordingFile === null,
      };
    });
  }

  /** Admins move an open item to another active reviewer of its tier (not the call's own agent). */
  async reassign(itemId: number, userId: number): Promise<SampleItem> {
    return this.transactions.run(async (tx) => {
      const item = await tx.getRepository(SampleItem).findOneBy({ id: itemId });
      if (!item) throw new NotFoundError(`QA item ${itemId}`);
      if (item.status !== 'open') throw new ConflictError(`QA item ${itemId} is already reviewed`);
      const run = await tx.getRepository(SamplingRun).findOneByOrFail({ id: item.runId });
      const user = await this.reviewers.activeUser(tx, userId);
      if (!user) throw new InvalidInputError(`userId: no active user ${userId}`);
      if (user.role !== run.reviewerRole)
        throw new InvalidInputError(
          `userId: ${user.name} is ${user.role}; ${item.tier} items are reviewed by ${run.reviewerRole}`,
        );
      if (user.agentCode !== null && user.agentCode === item.agentCode)
        throw new InvalidInputError(
          `userId: ${user.name} is agent ${item.agentCode}, whose call this is`,
        );
      item.assigneeId = user.id;
      item.assigneeName = user.name;
      return tx.getRepository(SampleItem).save(item);
    });
  }
}
