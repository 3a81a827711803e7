import type { SelectQueryBuilder } from 'typeorm';
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
  // Calls are the calls module's table: read through the query builder by table
  // name (so PostgreSQL's schema is named), never through its entity.
  const call = (alias: string, condition: string) =>
    `EXISTS ${qb
      .subQuery()
      .select('1')
      .from('calls', alias)
      .where(`${alias}.id = i.call_id AND ${condition}`)
      .getQuery()}`;
  // The checker's per-standard results are the calls module's rows (by table name too).
  if (q.failedStandard)
    qb.andWhere(
      `EXISTS ${qb
        .subQuery()
        .select('1')
        .from('call_standard_results', 'fc')
        .where(`fc.call_id = i.call_id AND fc.standard = :failedStandard AND fc.result = 'fail'`)
        .getQuery()}`,
      { failedStandard: q.failedStandard },
    );
  if (q.search)
    qb.andWhere(
      `(LOWER(i.agent_code) LIKE :search ${LIKE_ESCAPE} OR ${call('sc', `LOWER(sc.external_id) LIKE :search ${LIKE_ESCAPE}`)})`,
      { search: containsPattern(q.search.toLowerCase()) },
    );
  for (const [column, dir] of [...ORDERS[q.sort ?? 'age'], ['i.id', 'ASC'] as const])
    qb.addOrderBy(column, dir);
}
