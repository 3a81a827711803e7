import type { EntityManager } from 'typeorm';
import { OutboxEvent } from '../../trials/outbox-event.entity.js';
import { TrialStep } from '../../trials/trial-step.entity.js';
import type { ReportWeek } from '../domain/week.js';
import { num } from './sql.js';

/** Confirmation steps whose current due time falls in the week, and how many of them are done. */
export async function confirmationSteps(
  m: EntityManager,
  week: ReportWeek,
): Promise<{ due: number; done: number }> {
  const row = await m
    .createQueryBuilder()
    .select('COUNT(*)', 'due')
    .addSelect(`SUM(CASE WHEN s.status = 'done' THEN 1 ELSE 0 END)`, 'done')
    .from(TrialStep, 's')
    .where('s.due_at >= :start AND s.due_at < :end', { start: week.startUtc, end: week.endUtc })
    .getRawOne<Record<string, unknown>>();
  return { due: num(row?.due), done: num(row?.done) };
}

/**
 * Extensions, cancellations and first charges that happened in the week: the
 * trials engine writes exactly one outbox event for each, when it happens.
 */
export async function trialEvents(
  m: EntityManager,
  week: ReportWeek,
): Promise<Map<string, number>> {
  const rows = await m
    .createQueryBuilder()
    .select('o.type', 'type')
    .addSelect('COUNT(*)', 'count')
    .from(OutboxEvent, 'o')
    .where('o.created_at >= :start AND o.created_at < :end', {
      start: week.startUtc,
      end: week.endUtc,
    })
    .groupBy('o.type')
    .getRawMany<Record<string, unknown>>();
  return new Map(rows.map((r) => [String(r.type), num(r.count)]));
}
