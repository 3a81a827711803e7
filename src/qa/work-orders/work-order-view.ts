import { ApiProperty } from '@nestjs/swagger';
import { PersonRefView } from '../../common/http/person-ref-view.js';
import {
  DATE_TIME,
  iso,
  NULLABLE_DATE_TIME,
  NULLABLE_STRING,
} from '../../common/http/view-props.js';
import {
  WORK_ORDER_CRITERIA,
  WORK_ORDER_STATUSES,
  type WorkOrderCriterion,
  type WorkOrderStatus,
} from '../domain/index.js';
import type { WorkOrderItem } from './work-order-item.entity.js';
import type { WorkOrderRun } from './work-order-run.entity.js';

const PPM = 1_000_000;

export class CheckResultView {
  @ApiProperty() pass!: boolean;
  @ApiProperty({ ...NULLABLE_STRING, description: "The reviewer's note (required on a fail)" })
  note!: string | null;
}

/** 合格工单界定标准: one result per criterion. */
export class WorkOrderChecksView {
  @ApiProperty({ description: '投诉原因记录详细' }) causeRecorded!: CheckResultView;
  @ApiProperty({ description: '处理结果记录完整' }) outcomeRecorded!: CheckResultView;
  @ApiProperty({ description: '首次联系与处理在时限内' }) withinLimits!: CheckResultView;
  @ApiProperty({ description: '已回访客户' }) calledBack!: CheckResultView;
  @ApiProperty({ description: '有效性判定正确' }) validityCorrect!: CheckResultView;
  @ApiProperty({ description: '处理过程文明礼貌' }) courteous!: CheckResultView;
}

export class WorkOrderItemView {
  @ApiProperty() id!: number;
  @ApiProperty() runId!: number;
  @ApiProperty({ example: '2026-W47' }) period!: string;
  @ApiProperty() complaintId!: number;
  @ApiProperty({ example: '/api/complaints/12' }) complaintUrl!: string;
  @ApiProperty({ description: "The complaint's owner (首问负责制)" }) handler!: PersonRefView;
  @ApiProperty({ enum: ['flagged', 'random'] }) reason!: 'flagged' | 'random';
  @ApiProperty({
    type: [String],
    example: ['reopened'],
    description: 'Why a flagged one was taken',
  })
  flags!: string[];
  @ApiProperty({ type: PersonRefView, nullable: true }) assignee!: PersonRefView | null;
  @ApiProperty(DATE_TIME) dueAt!: string;
  @ApiProperty({ enum: WORK_ORDER_STATUSES }) status!: WorkOrderStatus;
  @ApiProperty({ description: 'Passed, or failed and overturned on contest' }) passed!: boolean;
  @ApiProperty({ type: WorkOrderChecksView, nullable: true }) checks!: WorkOrderChecksView | null;
  @ApiProperty({ enum: WORK_ORDER_CRITERIA, isArray: true }) failed!: WorkOrderCriterion[];
  @ApiProperty({ type: PersonRefView, nullable: true }) reviewer!: PersonRefView | null;
  @ApiProperty(NULLABLE_DATE_TIME) reviewedAt!: string | null;
  @ApiProperty(NULLABLE_STRING) contestReason!: string | null;
  @ApiProperty(NULLABLE_DATE_TIME) contestedAt!: string | null;
  @ApiProperty({ type: PersonRefView, nullable: true }) decidedBy!: PersonRefView | null;
  @ApiProperty(NULLABLE_STRING) decisionNote!: string | null;
  @ApiProperty(NULLABLE_DATE_TIME) decidedAt!: string | null;
}

export class WorkOrderRunView {
  @ApiProperty() id!: number;
  @ApiProperty({ example: '2026-W47' }) period!: string;
  @ApiProperty(DATE_TIME) periodStart!: string;
  @ApiProperty({ ...DATE_TIME, description: 'Exclusive' }) periodEnd!: string;
  @ApiProperty() seed!: string;
  @ApiProperty() algorithm!: string;
  @ApiProperty({ minimum: 0, maximum: 1 }) rate!: number;
  @ApiProperty() reviewerRole!: string;
  @ApiProperty({ description: 'Complaints closed in the week' }) populationSize!: number;
  @ApiProperty({ description: 'Random items the rate asks for' }) quota!: number;
  @ApiProperty() sampleSize!: number;
  @ApiProperty() randomCount!: number;
  @ApiProperty({ description: 'Reopened or overdue: always drawn' }) flaggedCount!: number;
  @ApiProperty(DATE_TIME) createdAt!: string;
  @ApiProperty({ description: 'null id: drawn by the scheduler' }) createdBy!: PersonRefView;
  @ApiProperty({ type: [WorkOrderItemView] }) items!: WorkOrderItemView[];
}

export class WorkOrderItemsView {
  @ApiProperty({ type: [WorkOrderItemView] }) items!: WorkOrderItemView[];
}

const person = (id: number | null, name: string | null): PersonRefView | null =>
  id === null && name === null ? null : { id, name };

export function toItemView(i: WorkOrderItem): WorkOrderItemView {
  const failed = i.checks ? WORK_ORDER_CRITERIA.filter((c) => !i.checks![c].pass) : [];
  return {
    id: i.id,
    runId: i.runId,
    period: i.period,
    complaintId: i.complaintId,
    complaintUrl: `/api/complaints/${i.complaintId}`,
    handler: { id: i.handlerId, name: i.handlerName },
    reason: i.reason,
    flags: i.flags ? i.flags.split(',') : [],
    assignee: person(i.assigneeId, i.assigneeName),
    dueAt: i.dueAt.toISOString(),
    status: i.status,
    passed: i.status === 'passed' || i.status === 'overturned',
    checks: i.checks,
    failed,
    reviewer: person(i.reviewerId, i.reviewerName),
    reviewedAt: iso(i.reviewedAt),
    contestReason: i.contestReason,
    contestedAt: iso(i.contestedAt),
    decidedBy: person(i.decidedById, i.decidedByName),
    decisionNote: i.decisionNote,
    decidedAt: iso(i.decidedAt),
  };
}

export function toRunView(r: WorkOrderRun, items: WorkOrderItem[]): WorkOrderRunView {
  return {
    id: r.id,
    period: r.period,
    periodStart: r.periodStart.toISOString(),
    periodEnd: r.periodEnd.toISOString(),
    seed: r.seed,
    algorithm: r.algorithm,
    rate: r.ratePpm / PPM,
    reviewerRole: r.reviewerRole,
    populationSize: r.populationSize,
    quota: r.quota,
    sampleSize: r.sampleSize,
    randomCount: r.randomCount,
    flaggedCount: r.flaggedCount,
    createdAt: r.createdAt.toISOString(),
    createdBy: { id: r.createdById, name: r.createdByName },
    items: items.map(toItemView),
  };
}
