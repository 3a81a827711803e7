import type { EntityManager } from 'typeorm';
import { num } from '../database/aggregate-sql.js';
import { OutboxEvent } from './outbox-event.entity.js';
import { TrialStep } from './trial-step.entity.js';

/**
 * The plain facts the weekly report reads of trials, counted in the caller's
 * manager over [startUtc, endUtc) (UTC ISO text, so text order is time order).
 */
export interface UtcRange {
  startUtc: string;
  endUtc: string;
}

/** Confirmation steps whose current due time falls in the range, and how many of them are done. */
export async function confirmationStepCounts(
  m: EntityManager,
  range: UtcRange,
): Promise<{ due: number; done: number }> {
  const row = await m
    .createQueryBuilder()
    .select('COUNT(*)', 'due')
    .addSelect(`SUM(CASE WHEN s.status = 'done' THEN 1 ELSE 0 END)`, 'done')
    .from(TrialStep, 's')
    .where('s.due_at >= :start AND s.due_at < :end', { start: range.startUtc, end: range.endUtc })
    .getRawOne<Record<string, unknown>>();
  return { due: num(row?.due), done: num(row?.done) };
}

/**
 * Extensions, cancellations and first charges that happened in the range, by
 * outbox event type: the trials engine writes exactly one event for each, when it happens.
 */
export async function trialEventCounts(
  m: EntityManager,
  range: UtcRange,
): Promise<Map<string, number>> {
  const rows = await m
    .createQueryBuilder()
    .select('o.type', 'type')
    .addSelect('COUNT(*)', 'count')
    .from(OutboxEvent, 'o')
    .where('o.created_at >= :start AND o.created_at < :end', {
      start: range.startUtc,
      end: range.endUtc,
    })
    .groupBy('o.type')
    .getRawMany<Record<string, unknown>>();
  return new Map(rows.map((r) => [String(r.type), num(r.count)]));
}
