import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** One page of a retention scan: items whose clock started before `before`, after id `afterId`. */
export interface RetentionPage {
  before: Date;
  afterId: number;
  limit: number;
}

/**
 * Narrows a query to one page of a retention scan, in id order. Timestamps are
 * fixed-width UTC text on both databases, so the cutoff compares as a string.
 */
export function pageBefore<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  columns: { id: string; clock: string },
  page: RetentionPage,
): SelectQueryBuilder<T> {
  return qb
    .andWhere(`${columns.id} > :afterId AND ${columns.clock} < :before`, {
      afterId: page.afterId,
      before: page.before.toISOString(),
    })
    .orderBy(columns.id, 'ASC')
    .limit(page.limit);
}
