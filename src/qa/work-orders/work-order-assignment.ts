import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NO_HANDLER } from '../domain/index.js';
import { assignLeastLoaded, type ReviewerLoad } from '../sampling/assignment.js';
import { ReviewerPool } from '../sampling/reviewer-pool.js';

/**
 * Work orders go to the least-loaded reviewer of the tier's role (open call
 * items and open work orders both count), never to the complaint's own
 * handler: the call assignment's rule "never the call's own agent", with the
 * handler's user id standing for the agent code.
 */
@Injectable()
export class WorkOrderAssignment {
  constructor(private readonly pool: ReviewerPool) {}

  async assign(
    tx: EntityManager,
    complaints: readonly { ownerId: number | null }[],
    role: string,
  ): Promise<(ReviewerLoad | null)[]> {
    const reviewers = await this.pool.load(tx, role);
    const open = await this.openWorkOrders(tx);
    const loads = reviewers.map((r) => ({
      ...r,
      agentCode: String(r.id),
      openItems: r.openItems + (open.get(r.id) ?? 0),
    }));
    const items = complaints.map((c) => ({
      agentCode: c.ownerId === null ? NO_HANDLER : String(c.ownerId),
    }));
    return assignLeastLoaded(items, loads);
  }

  private async openWorkOrders(tx: EntityManager): Promise<Map<number, number>> {
    const rows = await tx
      .createQueryBuilder()
      .select('i.assignee_id', 'assigneeId')
      .addSelect('COUNT(*)', 'open')
      .from('qa_work_order_items', 'i')
      .where("i.status = 'open' AND i.assignee_id IS NOT NULL")
      .groupBy('i.assignee_id')
      .getRawMany<{ assigneeId: number | string; open: number | string }>();
    return new Map(rows.map((r) => [Number(r.assigneeId), Number(r.open)]));
  }
}
