import type { EntityManager } from 'typeorm';
import type { WorkOrderHandlerCounts } from '../domain/work-order-figures.js';
import type { ReportWeek } from '../domain/week.js';
import { idOrNull, num } from '../../database/aggregate-sql.js';

/**
 * Work orders of the week's draw per handler (uses ix_qa_wo_items_period).
 * Read by table name: the report reads qa's rows, never its entities.
 */
export async function workOrderCounts(
  m: EntityManager,
  week: ReportWeek,
): Promise<WorkOrderHandlerCounts[]> {
  const rows = await m
    .createQueryBuilder()
    .select('i.handler_id', 'handlerId')
    .addSelect('i.handler_name', 'handlerName')
    .addSelect('COUNT(*)', 'sampled')
    .addSelect("SUM(CASE WHEN i.status <> 'open' THEN 1 ELSE 0 END)", 'reviewed')
    .addSelect("SUM(CASE WHEN i.status IN ('passed', 'overturned') THEN 1 ELSE 0 END)", 'passed')
    .addSelect('SUM(CASE WHEN i.contested_at IS NOT NULL THEN 1 ELSE 0 END)', 'contested')
    .addSelect("SUM(CASE WHEN i.status = 'overturned' THEN 1 ELSE 0 END)", 'overturned')
    .from('qa_work_order_items', 'i')
    .where('i.period = :week', { week: week.week })
    .groupBy('i.handler_id')
    .addGroupBy('i.handler_name')
    .getRawMany<Record<string, unknown>>();
  return rows.map((r) => ({
    handlerId: idOrNull(r.handlerId),
    handlerName: String(r.handlerName),
    sampled: num(r.sampled),
    reviewed: num(r.reviewed),
    passed: num(r.passed),
    contested: num(r.contested),
    overturned: num(r.overturned),
  }));
}
