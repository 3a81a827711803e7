import type { EntityManager } from 'typeorm';
import { num } from '../database/aggregate-sql.js';
import { Complaint } from './complaint.entity.js';

/**
 * The plain facts the weekly report reads of complaints: those received in
 * [startUtc, endUtc) (received_at is UTC ISO text, so text comparison is time
 * order), counted in the caller's manager. Uses ix_complaints_received.
 */
export interface ReceivedRange {
  startUtc: string;
  endUtc: string;
}

/** Complaints of a group, closed now, reopened at least once, reopens in all, and call-backs. */
export interface ReopenTally {
  complaints: number;
  closed: number;
  reopened: number;
  reopens: number;
  callBacks: number;
}

/** Per agent of the linked call (null: not linked). */
export interface AgentComplaintTally extends ReopenTally {
  agentCode: string | null;
}

/** Per owner (首问负责制). */
export interface OwnerComplaintTally extends ReopenTally {
  ownerId: number | null;
  ownerName: string;
}

/** One complaint's facts, for causes, outcomes and handling times. */
export interface ReceivedComplaint {
  id: number;
  category: string;
  status: string;
  escalated: boolean;
  reopenCount: number;
  receivedAt: Date;
  firstContactedAt: Date | null;
  resolvedAt: Date | null;
  firstContactDueAt: Date;
  resolutionDueAt: Date;
}

/** Complaints received in the range per agent of the linked call, with how many are closed now. */
export async function complaintsByAgent(
  m: EntityManager,
  range: ReceivedRange,
): Promise<AgentComplaintTally[]> {
  const query = received(m, range).select('k.agent_code', 'agentCode').groupBy('k.agent_code');
  const rows = await withReopenCounts(query).getRawMany<Record<string, unknown>>();
  return rows.map((r) => ({
    agentCode: r.agentCode == null ? null : String(r.agentCode),
    ...reopenCounts(r),
  }));
}

/** 首问负责制: the range's complaints per owner, with how often their customers reopened them. */
export async function complaintsByOwner(
  m: EntityManager,
  range: ReceivedRange,
): Promise<OwnerComplaintTally[]> {
  const query = received(m, range)
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
function withReopenCounts(query: ReturnType<typeof received>) {
  return query
    .addSelect('COUNT(*)', 'complaints')
    .addSelect(`SUM(CASE WHEN k.status = 'closed' THEN 1 ELSE 0 END)`, 'closed')
    .addSelect('SUM(CASE WHEN k.reopen_count > 0 THEN 1 ELSE 0 END)', 'reopened')
    .addSelect('SUM(k.reopen_count)', 'reopens')
    .addSelect('SUM(k.call_backs)', 'callBacks');
}

function reopenCounts(r: Record<string, unknown>): ReopenTally {
  return {
    complaints: num(r.complaints),
    closed: num(r.closed),
    reopened: num(r.reopened),
    reopens: num(r.reopens),
    callBacks: num(r.callBacks),
  };
}

/** The range's complaints, one each. */
export async function receivedComplaints(
  m: EntityManager,
  range: ReceivedRange,
): Promise<ReceivedComplaint[]> {
  const rows = await received(m, range)
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

function received(m: EntityManager, range: ReceivedRange) {
  return m
    .createQueryBuilder()
    .from(Complaint, 'k')
    .where('k.received_at >= :start AND k.received_at < :end', {
      start: range.startUtc,
      end: range.endUtc,
    });
}
