import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { STANDARDS } from '../domain/report-types.js';

/**
 * Selects (and groups by) the checker's result on every standard of the
 * registry for the calls aliased `calls`, one primary-key lookup per standard
 * in the calls module's call_standard_results rows (read by table name, not
 * through its entity). Column `${standard}${suffix}`; null when a call was
 * stored before that standard existed.
 */
export function joinCheckerResults<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  calls: string,
  suffix = '',
): SelectQueryBuilder<T> {
  STANDARDS.forEach((standard, i) => {
    const alias = `csr${i}`;
    qb.leftJoin(
      'call_standard_results',
      alias,
      `${alias}.call_id = ${calls}.id AND ${alias}.standard = :${alias}`,
      { [alias]: standard },
    )
      .addSelect(`${alias}.result`, `${standard}${suffix}`)
      .addGroupBy(`${alias}.result`);
  });
  return qb;
}
