import type { EntityManager } from 'typeorm';
import { Complaint } from '../../complaints/complaint.entity.js';
import type { ComplaintCounts } from '../domain/assemble.js';
import { compareText } from '../domain/rates.js';
import type { ReportWeek } from '../domain/week.js';
import { num } from './sql.js';

/**
 * Complaints received in the week (received_at is UTC ISO text, so text
 * comparison is time order), per agent of the linked call (null: not linked),
 * with how many of them are closed now. Uses ix_complaints_received.
 */
export async function complaintCounts(
  m: EntityManager,
  week: ReportWeek,
): Promise<ComplaintCounts[]> {
  const rows = await inWeek(m, week)
    .select('k.agent_code', 'agentCode')
    .addSelect('COUNT(*)', 'complaints')
    .addSelect(`SUM(CASE WHEN k.status = 'closed' THEN 1 ELSE 0 END)`, 'closed')
    .groupBy('k.agent_code')
    .getRawMany<Record<string, unknown>>();
  return rows.map((r) => ({
    agentCode: r.agentCode == null ? null : String(r.agentCode),
    complaints: num(r.complaints),
    closed: num(r.closed),
  }));
}

/** 用户反映: what customers complained about, most frequent first. */
export async function complaintCategories(
  m: EntityManager,
  week: ReportWeek,
): Promise<{ category: string; count: number }[]> {
  const rows = await inWeek(m, week)
    .select('k.category', 'category')
    .addSelect('COUNT(*)', 'count')
    .groupBy('k.category')
    .getRawMany<Record<string, unknown>>();
  return rows
    .map((r) => ({ category: String(r.category), count: num(r.count) }))
    .sort((a, b) => b.count - a.count || compareText(a.category, b.category));
}

function inWeek(m: EntityManager, week: ReportWeek) {
  return m
    .createQueryBuilder()
    .from(Complaint, 'k')
    .where('k.received_at >= :start AND k.received_at < :end', {
      start: week.startUtc,
      end: week.endUtc,
    });
}
