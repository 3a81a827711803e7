import type { ComplaintEvent } from './complaint-event.entity.js';
import type { Complaint } from './complaint.entity.js';
import { overdueKinds } from './domain/complaint-deadlines.js';
import { allowedNext } from './domain/complaint-lifecycle.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The public shape of a complaint; `overdue` names the limits passed as of `now`. */
export function toComplaintView(c: Complaint, now: Date) {
  return {
    id: c.id,
    phone: c.phone,
    severity: c.severity,
    category: c.category,
    description: c.description,
    callId: c.callId,
    agentCode: c.agentCode,
    status: c.status,
    next: allowedNext(c.status),
    owner: { id: c.ownerId, name: c.ownerName },
    receivedAt: c.receivedAt.toISOString(),
    firstContactDueAt: c.firstContactDueAt.toISOString(),
    resolutionDueAt: c.resolutionDueAt.toISOString(),
    firstContactedAt: iso(c.firstContactedAt),
    resolvedAt: iso(c.resolvedAt),
    closedAt: iso(c.closedAt),
    overdue: overdueKinds(c, now),
    escalated: c.escalated,
    escalationReason: c.escalationReason,
    optOut: c.optOut,
    outcome: c.outcome,
    createdAt: c.createdAt.toISOString(),
  };
}

export function toHistoryView(e: ComplaintEvent) {
  return {
    from: e.fromStatus,
    to: e.toStatus,
    note: e.note,
    actor: { id: e.actorId, name: e.actorName },
    at: e.at.toISOString(),
  };
}

/** One complaint with its full history (GET :id and the answer to a transition). */
export function toDetailView(d: { complaint: Complaint; history: ComplaintEvent[] }, now: Date) {
  return { ...toComplaintView(d.complaint, now), history: d.history.map(toHistoryView) };
}

export type ComplaintView = ReturnType<typeof toComplaintView>;
