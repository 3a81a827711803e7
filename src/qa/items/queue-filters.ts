import type { SelectQueryBuilder } from 'typeorm';
import { CallConditions } from '../../calls/index.js';
import { containsPattern, LIKE_ESCAPE } from '../../database/like.js';
import type { SampleItem } from '../sampling/sample-item.entity.js';
import type { QueueQuery, QueueSort } from './dto/queue-query.dto.js';

/** Every order ends on the id, so paging through equal keys never repeats or drops an item. */
const ORDERS: Record<QueueSort, [string, 'ASC' | 'DESC'][]> = {
  age: [['i.created_at', 'ASC']],
  due: [
    ['i.due_at', 'ASC'],
    ['i.created_at', 'ASC'],
  ],
  agent: [
    ['i.agent_code', 'ASC'],
    ['i.created_at', 'ASC'],
  ],
};

/**
 * The queue's filters and order as SQL. Timestamps are fixed-width UTC ISO
 * text (see database/columns.ts), so `<` on text is `<` in time, the same
 * rule as isOverdue() in the domain (due at or before now = overdue).
 */
export function narrowQueue(qb: SelectQueryBuilder<SampleItem>, q: QueueQuery, now: Date): void {
  if (q.tier) qb.andWhere('i.tier = :tier', { tier: q.tier });
  if (q.reason) qb.andWhere('i.reason = :reason', { reason: q.reason });
  if (q.agent) qb.andWhere('i.agent_code = :agent', { agent: q.agent });
  if (q.overdue === 'true') qb.andWhere('i.due_at <= :now', { now: now.toISOString() });
  if (q.overdue === 'false') qb.andWhere('i.due_at > :now', { now: now.toISOString() });
  // The call's side of a filter is calls' SQL on calls' tables (CallConditions),
  // inside this one paged query.
  if (q.failedStandard)
    qb.andWhere(CallConditions.failedStandard(qb, 'i.call_id', 'failedStandard'), {
      failedStandard: q.failedStandard,
    });
  if (q.search)
    qb.andWhere(
      `(LOWER(i.agent_code) LIKE :search ${LIKE_ESCAPE} OR ${CallConditions.externalIdLike(qb, 'i.call_id', 'search')})`,
      { search: containsPattern(q.search.toLowerCase()) },
    );
  for (const [column, dir] of [...ORDERS[q.sort ?? 'age'], ['i.id', 'ASC'] as const])
    qb.addOrderBy(column, dir);
}
