import { ApiProperty } from '@nestjs/swagger';
import {
  DATE_TIME,
  iso,
  NULLABLE_DATE_TIME,
  NULLABLE_NUMBER,
  NULLABLE_STRING,
} from '../common/http/view-props.js';
import { PersonRefView } from '../common/http/person-ref-view.js';
import type { BlacklistOutcome } from './complaint-blacklisting.js';
import type { ComplaintEvent } from './complaint-event.entity.js';
import { type Complaint, SEVERITIES } from './complaint.entity.js';
import { nextMoves, type CallBackResult } from './domain/call-back.js';
import { overdueKinds, type OverdueKind } from './domain/complaint-deadlines.js';
import { COMPLAINT_STATUSES, type ComplaintStatus } from './domain/complaint-lifecycle.js';

/** The public shape of a complaint. */
export class ComplaintView {
  @ApiProperty() id!: number;
  @ApiProperty() phone!: string;
  @ApiProperty({ enum: SEVERITIES }) severity!: Complaint['severity'];
  @ApiProperty() category!: string;
  @ApiProperty() description!: string;
  @ApiProperty(NULLABLE_NUMBER) callId!: number | null;
  @ApiProperty(NULLABLE_STRING) agentCode!: string | null;
  @ApiProperty({ enum: COMPLAINT_STATUSES }) status!: ComplaintStatus;
  @ApiProperty({ enum: COMPLAINT_STATUSES, isArray: true, description: 'Allowed next states' })
  next!: readonly ComplaintStatus[];
  @ApiProperty() owner!: PersonRefView;
  @ApiProperty(DATE_TIME) receivedAt!: string;
  @ApiProperty(DATE_TIME) firstContactDueAt!: string;
  @ApiProperty(DATE_TIME) resolutionDueAt!: string;
  @ApiProperty(NULLABLE_DATE_TIME) firstContactedAt!: string | null;
  @ApiProperty(NULLABLE_DATE_TIME) resolvedAt!: string | null;
  @ApiProperty(NULLABLE_DATE_TIME) closedAt!: string | null;
  @ApiProperty({
    enum: ['first_contact', 'resolution'],
    isArray: true,
    description: 'Limits passed',
  })
  overdue!: OverdueKind[];
  @ApiProperty() escalated!: boolean;
  @ApiProperty(NULLABLE_STRING) escalationReason!: string | null;
  @ApiProperty() optOut!: boolean;
  @ApiProperty(NULLABLE_STRING) outcome!: string | null;
  @ApiProperty({
    enum: ['satisfied', 'unreachable'],
    nullable: true,
    description: 'The last call-back: null before one, or after a dissatisfied one reopened it',
  })
  callBackResult!: CallBackResult | null;
  @ApiProperty({ description: 'Call-backs made (回访)' }) callBacks!: number;
  @ApiProperty({ description: 'Times a dissatisfied customer reopened it (不满意工单重启)' })
  reopenCount!: number;
  @ApiProperty(DATE_TIME) createdAt!: string;
}

export class ComplaintEventView {
  @ApiProperty({ enum: COMPLAINT_STATUSES, nullable: true }) from!: ComplaintStatus | null;
  @ApiProperty({ enum: COMPLAINT_STATUSES }) to!: ComplaintStatus;
  @ApiProperty(NULLABLE_STRING) note!: string | null;
  @ApiProperty() actor!: PersonRefView;
  @ApiProperty(DATE_TIME) at!: string;
}

export class ComplaintDetailView extends ComplaintView {
  @ApiProperty({ type: [ComplaintEventView] }) history!: ComplaintEventView[];
}

/** Domain §4: a serious complaint or an opt-out puts the number on the blacklist at once. */
export class ComplaintBlacklistingView implements BlacklistOutcome {
  @ApiProperty({ enum: ['complaint', 'opt_out'] }) source!: BlacklistOutcome['source'];
  @ApiProperty({ description: 'False when the number was already on the list' }) added!: boolean;
}

export class CreatedComplaintView extends ComplaintView {
  @ApiProperty({
    type: ComplaintBlacklistingView,
    nullable: true,
    description: 'null: the complaint blacklists nothing',
  })
  blacklist!: ComplaintBlacklistingView | null;
}

export class ComplaintPageView {
  @ApiProperty({ type: [ComplaintView] }) items!: ComplaintView[];
  @ApiProperty(NULLABLE_NUMBER) nextCursor!: number | null;
}

export class OverdueComplaintsView {
  @ApiProperty(DATE_TIME) asOf!: string;
  @ApiProperty({ type: [ComplaintView] }) items!: ComplaintView[];
}

/** The public shape of a complaint; `overdue` names the limits passed as of `now`. */
export function toComplaintView(c: Complaint, now: Date): ComplaintView {
  return {
    id: c.id,
    phone: c.phone,
    severity: c.severity,
    category: c.category,
    description: c.description,
    callId: c.callId,
    agentCode: c.agentCode,
    status: c.status,
    next: nextMoves(c),
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
    callBackResult: c.callBackResult,
    callBacks: c.callBacks,
    reopenCount: c.reopenCount,
    createdAt: c.createdAt.toISOString(),
  };
}

export function toHistoryView(e: ComplaintEvent): ComplaintEventView {
  return {
    from: e.fromStatus,
    to: e.toStatus,
    note: e.note,
    actor: { id: e.actorId, name: e.actorName },
    at: e.at.toISOString(),
  };
}

/** One complaint with its full history (GET :id and the answer to a transition). */
export function toDetailView(
  d: { complaint: Complaint; history: ComplaintEvent[] },
  now: Date,
): ComplaintDetailView {
  return { ...toComplaintView(d.complaint, now), history: d.history.map(toHistoryView) };
}
