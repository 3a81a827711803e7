import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ReviewerDirectory } from '../../auth/index.js';
import type { ReviewerLoad } from './assignment.js';

/** Active users of a role with how many open items each holds: the input to assignment. */
@Injectable()
export class ReviewerPool {
  constructor(private readonly directory: ReviewerDirectory) {}

  async load(tx: EntityManager, role: string): Promise<ReviewerLoad[]> {
    const users = await this.directory.activeOfRole(tx, role);
    if (users.length === 0) return [];
    const counts = await tx
      .createQueryBuilder()
      .select('i.assignee_id', 'assigneeId')
      .addSelect('COUNT(*)', 'open')
      .from('qa_sample_items', 'i')
      .where("i.status = 'open'")
      .andWhere('i.assignee_id IN (:...ids)', { ids: users.map((u) => u.id) })
      .groupBy('i.assignee_id')
      .getRawMany<{ assigneeId: number | string; open: number | string }>();
    const open = new Map(counts.map((c) => [Number(c.assigneeId), Number(c.open)]));
    return users.map((u) => ({
      id: u.id,
      name: u.name,
      agentCode: u.agentCode,
      openItems: open.get(u.id) ?? 0,
    }));
  }
}
