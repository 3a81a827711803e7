import type { EntityManager } from 'typeorm';
import { Call } from '../../calls/call.entity.js';
import type { FailureGroup } from '../domain/failures.js';
import { STANDARDS, type Standard } from '../domain/report-types.js';
import { joinCheckerResults } from './checker-results.js';
import type { ReportWeek } from '../domain/week.js';
import { idOrNull, num } from './sql.js';

/**
 * The checker's results on the week's sales that are not valid (a valid sale
 * fails nothing), per date and result combination, with the lowest and highest
 * call id as examples. Reads the partial index ix_calls_sales_not_valid in its
 * own order (its WHERE clause is repeated here literally, or neither planner
 * may use it), and each standard's result by the results' primary key.
 */
export async function failureGroups(m: EntityManager, week: ReportWeek): Promise<FailureGroup[]> {
  const qb = m
    .createQueryBuilder()
    .select('c.local_date', 'localDate')
    .from(Call, 'c')
    .where(`c.purpose = 'marketing' AND c.outcome = 'sale' AND c.final_status <> 'valid'`)
    .andWhere('c.local_date BETWEEN :from AND :to', { from: week.from, to: week.to })
    .groupBy('c.local_date');
  joinCheckerResults(qb, 'c');
  const rows = await qb
    .addSelect('COUNT(*)', 'sales')
    .addSelect('MIN(c.id)', 'firstCallId')
    .addSelect('MAX(c.id)', 'lastCallId')
    .getRawMany<Record<string, unknown>>();
  return rows.map((r) => ({
    localDate: String(r.localDate),
    ...(Object.fromEntries(STANDARDS.map((s) => [s, String(r[s] ?? 'unknown')])) as Record<
      Standard,
      string
    >),
    sales: num(r.sales),
    firstCallId: idOrNull(r.firstCallId) ?? 0,
    lastCallId: idOrNull(r.lastCallId) ?? 0,
  }));
}
