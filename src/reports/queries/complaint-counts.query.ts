import type { EntityManager } from 'typeorm';
import { Complaint } from '../../complaints/complaint.entity.js';
import type { ComplaintCounts, HandlerCounts, ReopenCounts } from '../domain/assemble.js';
import type { ComplaintRow } from '../domain/complaint-figures.js';
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
  const query = inWeek(m, week).select('k.agent_code', 'agentCode').groupBy('k.agent_code');
  const rows = await withReopenCounts(query).getRawMany<Record<string, unknown>>();
  return rows.map((r) => ({
    agentCode: r.agentCode == null ? null : String(r.agentCode),
    ...reopenCounts(r),
  }));
}

/** 首问负责制: the week's complaints per owner, with how often their customers reopened them. */
export async function complaintHandlers(
  m: EntityManager,
  week: ReportWeek,
): Promise<HandlerCounts[]> {
  const query = inWeek(m, week)
    .select('k.owner_id', 'ownerId')
    .addSelect('MAX(k.owner_name)', 'ownerName')
    .groupBy('k.owner_id');
  const rows = await withReopenCounts(query).getRawMany<Record<string, unknown>>();
  return rows.map((r) => ({
    ownerId: r.ownerId == null ? null : num(r.ownerId),
    ownerName: String(r.ownerName),
    ...reopenCounts(r),
  }));
}

/** Per group: complaints, closed now, reopened at least once, reopens and call-backs. */
function withReopenCounts(query: ReturnType<typeof inWeek>) {
  return query
    .addSelect('COUNT(*)', 'complaints')
    .addSelect(`SUM(CASE WHEN k.status = 'closed' THEN 1 ELSE 0 END)`, 'closed')
    .addSelect('SUM(CASE WHEN k.reopen_count > 0 THEN 1 ELSE 0 END)', 'reopened')
    .addSelect('SUM(k.reopen_count)', 'reopens')
    .addSelect('SUM(k.call_backs)', 'callBacks');
}

function reopenCounts(r: Record<string, unknown>): ReopenCounts {
  return {
    complaints: num(r.complaints),
    closed: num(r.closed),
    reopened: num(r.reopened),
    reopens: num(r.reopens),
    callBacks: num(r.callBacks),
  };
}

/** The week's complaints, one row each, for causes, outcomes and handling times. */
export async function complaintRows(m: EntityManager, week: ReportWeek): Promise<ComplaintRow[]> {
  const rows = await inWeek(m, week)
    .select('k.id', 'id')
    .addSelect('k.category', 'category')
    .addSelect('k.status', 'status')
    .addSelect('k.escalated', 'escalated')
    .addSelect('k.reopen_count', 'reopenCount')
    .addSelect('k.received_at', 'receivedAt')
    .addSelect('k.first_contacted_at', 'firstContactedAt')
    .addSelect('k.resolved_at', 'resolvedAt')
    .addSelect('k.first_contact_due_at', 'firstContactDueAt')
    .addSelect('k.resolution_due_at', 'resolutionDueAt')
    .getRawMany<Record<string, unknown>>();
  return rows.map((r) => ({
    id: num(r.id),
    category: String(r.category),
    status: String(r.status),
    escalated: r.escalated === true || r.escalated === 1,
    reopenCount: num(r.reopenCount),
    receivedAt: new Date(String(r.receivedAt)),
    firstContactedAt: dateOrNull(r.firstContactedAt),
    resolvedAt: dateOrNull(r.resolvedAt),
    firstContactDueAt: new Date(String(r.firstContactDueAt)),
    resolutionDueAt: new Date(String(r.resolutionDueAt)),
  }));
}

function dateOrNull(value: unknown): Date | null {
  return value == null ? null : new Date(String(value));
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
