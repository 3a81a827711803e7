import { ApiProperty } from '@nestjs/swagger';
import { PersonRefView } from '../../common/http/person-ref-view.js';
import {
  DATE_TIME,
  iso,
  NULLABLE_DATE_TIME,
  NULLABLE_NUMBER,
  NULLABLE_STRING,
} from '../../common/http/view-props.js';
import type { SampleReason, SamplingTier } from '../domain/index.js';
import type { ItemStatus, SampleItem } from './sample-item.entity.js';
import type { SamplingRun } from './sampling-run.entity.js';

const PPM = 1_000_000;
export const REASONS: SampleReason[] = ['random', 'recheck', 'flagged'];

export class AssigneeView {
  @ApiProperty() id!: number;
  @ApiProperty(NULLABLE_STRING) name!: string | null;
}

/** A review item of a run (contract: `{id, callId, agentCode, reason, assignee}`). */
export class ItemView {
  @ApiProperty() id!: number;
  @ApiProperty() callId!: number;
  @ApiProperty() agentCode!: string;
  @ApiProperty({ enum: REASONS }) reason!: SampleReason;
  @ApiProperty({ type: AssigneeView, nullable: true }) assignee!: AssigneeView | null;
  @ApiProperty({ enum: ['open', 'reviewed'] }) status!: ItemStatus;
  @ApiProperty(DATE_TIME) dueAt!: string;
  @ApiProperty(NULLABLE_DATE_TIME) reviewedAt!: string | null;
  @ApiProperty(NULLABLE_NUMBER) reviewId!: number | null;
}

export class ReasonCountsView {
  @ApiProperty() random!: number;
  @ApiProperty() recheck!: number;
  @ApiProperty() flagged!: number;
}

/** A run without its items (lists). */
export class RunSummaryView {
  @ApiProperty() id!: number;
  @ApiProperty({ type: String, example: 'daily', description: 'A tier of GET /api/qa/tiers' })
  tier!: SamplingTier;
  @ApiProperty({ example: '2026-11-20', description: 'A local date, or an ISO week (2026-W47)' })
  period!: string;
  @ApiProperty(DATE_TIME) periodStart!: string;
  @ApiProperty({ ...DATE_TIME, description: 'Exclusive' }) periodEnd!: string;
  @ApiProperty({ description: 'False: drawn before the period ended' }) complete!: boolean;
  @ApiProperty() seed!: string;
  @ApiProperty() algorithm!: string;
  @ApiProperty({ minimum: 0, maximum: 1 }) rate!: number;
  @ApiProperty() reviewerRole!: string;
  @ApiProperty() populationSize!: number;
  @ApiProperty({ description: 'Random items the rate asks for' }) quota!: number;
  @ApiProperty() sampleSize!: number;
  @ApiProperty() reasons!: ReasonCountsView;
  @ApiProperty(DATE_TIME) createdAt!: string;
  @ApiProperty({ description: 'null id: drawn by the scheduler' }) createdBy!: PersonRefView;
}

/** The contract's run: {id, tier, period, seed, populationSize, sampleSize, items: [...]}. */
export class RunView extends RunSummaryView {
  @ApiProperty({ type: [ItemView] }) items!: ItemView[];
}

// A run's items share one due time; formatting it once per run instead of once per
// item saves a large draw several milliseconds.
let lastDue = NaN;
let lastDueIso = '';
function dueIso(d: Date): string {
  const time = d.getTime();
  if (time !== lastDue) {
    lastDue = time;
    lastDueIso = d.toISOString();
  }
  return lastDueIso;
}

export type ItemRow = Pick<
  SampleItem,
  'id' | 'callId' | 'agentCode' | 'reason' | 'assigneeId' | 'assigneeName' | 'status' | 'dueAt'
> & { reviewedAt: Date | null; reviewId: number | null };

export function toItemView(item: ItemRow): ItemView {
  return {
    id: item.id,
    callId: item.callId,
    agentCode: item.agentCode,
    reason: item.reason,
    assignee: item.assigneeId === null ? null : { id: item.assigneeId, name: item.assigneeName },
    status: item.status,
    dueAt: dueIso(item.dueAt),
    reviewedAt: iso(item.reviewedAt),
    reviewId: item.reviewId,
  };
}

export function toRunSummary(run: SamplingRun): RunSummaryView {
  return {
    id: run.id,
    tier: run.tier,
    period: run.period,
    periodStart: run.periodStart.toISOString(),
    periodEnd: run.periodEnd.toISOString(),
    complete: run.complete,
    seed: run.seed,
    algorithm: run.algorithm,
    rate: run.ratePpm / PPM,
    reviewerRole: run.reviewerRole,
    populationSize: run.populationSize,
    quota: run.quota,
    sampleSize: run.sampleSize,
    reasons: { random: run.randomCount, recheck: run.recheckCount, flagged: run.flaggedCount },
    createdAt: run.createdAt.toISOString(),
    createdBy: { id: run.createdById, name: run.createdByName },
  };
}

export function toRunView(run: SamplingRun, items: ItemRow[]): RunView {
  return { ...toRunSummary(run), items: items.map(toItemView) };
}
