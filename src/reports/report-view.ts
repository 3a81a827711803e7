import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ServiceLanguageFiguresView } from './service-language-view.js';
import { PersonRefView } from '../common/http/person-ref-view.js';
import { LedgerHeadView } from './ledger-head-view.js';
import { StandardRatesView } from '../calls/standard-rates-view.js';
import {
  DATE_TIME,
  NULLABLE_NUMBER,
  NULLABLE_RATE,
  NULLABLE_STRING,
} from '../common/http/view-props.js';
import { WorkOrderQaView } from './work-order-view.js';
import {
  type AgentFigures,
  type CallCounts,
  type CallRates,
  type ConfirmationFigures,
  type QaSummary,
  type QaTierFigures,
  type Standard,
  STANDARDS,
  type StandardFailures,
  type TeamFigures,
  type TrendPoint,
  type WeeklyReport,
} from './domain/report-types.js';

const LOCAL_DATE = { format: 'date', description: 'Centre-local date' } as const;

/**
 * The documented weekly report. Each class implements the domain interface it
 * describes (report-types.ts), so the compiler rejects a document that drifts from it.
 */
export class CallFiguresView implements CallCounts, CallRates {
  @ApiProperty() dials!: number;
  @ApiProperty({ description: 'Dials somebody answered' }) connected!: number;
  @ApiProperty() sales!: number;
  @ApiProperty({ description: 'Sales whose final verdict is valid' }) validSales!: number;
  @ApiProperty(NULLABLE_RATE) connectRate!: number | null;
  @ApiProperty(NULLABLE_RATE) validRate!: number | null;
}

export class AgentFiguresView extends CallFiguresView implements AgentFigures {
  @ApiProperty() agentCode!: string;
  @ApiProperty(NULLABLE_STRING) name!: string | null;
  @ApiProperty(NULLABLE_STRING) team!: string | null;
  @ApiProperty() complaints!: number;
  @ApiProperty(NULLABLE_RATE) complaintRate!: number | null;
}

export class TeamFiguresView extends CallFiguresView implements TeamFigures {
  @ApiProperty({ ...NULLABLE_STRING, description: 'null: agents without a team' })
  team!: string | null;
  @ApiProperty() agents!: number;
  @ApiProperty() complaints!: number;
  @ApiProperty(NULLABLE_RATE) complaintRate!: number | null;
}

export class TrendPointView extends CallFiguresView implements TrendPoint {
  @ApiProperty({ example: '2026-W47' }) week!: string;
  @ApiProperty(LOCAL_DATE) from!: string;
  @ApiProperty(LOCAL_DATE) to!: string;
  @ApiProperty({ ...NULLABLE_NUMBER, description: 'Stored revision; null: computed live' })
  revision!: number | null;
}

export class QaTierFiguresView implements QaTierFigures {
  @ApiProperty({ example: 'daily', description: 'A call tier of GET /api/qa/tiers' })
  tier!: string;
  @ApiPropertyOptional({
    example: '每日抽查（10%）',
    description: 'The tier as the report names it',
  })
  label?: string;
  @ApiProperty() sampled!: number;
  @ApiProperty() reviewed!: number;
  @ApiProperty() passed!: number;
  @ApiProperty(NULLABLE_RATE) passRate!: number | null;
  @ApiProperty({ description: 'Share of reviewed items that passed each standard' })
  standards!: StandardRatesView;
}

export class QaSummaryView implements QaSummary {
  @ApiProperty() sampled!: number;
  @ApiProperty() reviewed!: number;
  @ApiProperty() passed!: number;
  @ApiProperty(NULLABLE_RATE) passRate!: number | null;
  @ApiProperty() standards!: StandardRatesView;
  @ApiProperty({ type: [QaTierFiguresView] }) tiers!: QaTierFiguresView[];
}

export class ConfirmationFiguresView implements ConfirmationFigures {
  @ApiProperty() due!: number;
  @ApiProperty() done!: number;
  @ApiProperty(NULLABLE_RATE) doneRate!: number | null;
  @ApiProperty() extended!: number;
  @ApiProperty() cancelled!: number;
  @ApiProperty() charged!: number;
}

export class FailureExampleView {
  @ApiProperty() callId!: number;
  @ApiProperty({ description: "The call's console page" }) url!: string;
}

export class StandardFailuresView implements StandardFailures {
  @ApiProperty({ enum: STANDARDS }) standard!: Standard;
  @ApiProperty() label!: string;
  @ApiProperty() failures!: number;
  @ApiProperty({ ...NULLABLE_RATE, description: 'Failures / sales of the week' })
  failureRate!: number | null;
  @ApiProperty({ type: [FailureExampleView] }) examples!: FailureExampleView[];
}

export class ComplaintExampleView {
  @ApiProperty() complaintId!: number;
  @ApiProperty({ example: '/api/complaints/12' }) url!: string;
}

export class ComplaintCategoryView {
  @ApiProperty() category!: string;
  @ApiProperty() count!: number;
  @ApiProperty({ type: [ComplaintExampleView], description: 'Up to three, oldest first' })
  examples!: ComplaintExampleView[];
}

export class HandlingTimeView {
  @ApiProperty({ description: 'Complaints that reached the milestone' }) n!: number;
  @ApiProperty({ type: Number, nullable: true }) medianHours!: number | null;
  @ApiProperty({ type: Number, nullable: true }) p90Hours!: number | null;
  @ApiProperty() limitHours!: number;
  @ApiProperty({ description: 'Of n, reached within the limit' }) withinLimit!: number;
}

export class ComplaintHandlingView {
  @ApiProperty() resolved!: number;
  @ApiProperty() reopened!: number;
  @ApiProperty() escalated!: number;
  @ApiProperty({ description: 'Not closed, a limit passed unmet' }) openPastDeadline!: number;
  @ApiProperty() firstContact!: HandlingTimeView;
  @ApiProperty() resolution!: HandlingTimeView;
}

export class ComplaintHandlerView {
  @ApiProperty() owner!: PersonRefView;
  @ApiProperty() complaints!: number;
  @ApiProperty() closed!: number;
  @ApiProperty({ description: 'Complaints a dissatisfied customer reopened at least once' })
  reopened!: number;
  @ApiProperty({ ...NULLABLE_RATE, description: 'Reopens per call-back' })
  reopenRate!: number | null;
}

/** Contract: `{week, dials, connected, connectRate, sales, validSales, validRate, complaints, complaintsResolved, agents}`; the rest is additional. */
export class WeeklyReportView extends CallFiguresView implements WeeklyReport {
  @ApiProperty({ example: '2026-W47' }) week!: string;
  @ApiProperty() complaints!: number;
  @ApiProperty() complaintsResolved!: number;
  @ApiProperty({ description: 'Complaints a dissatisfied customer reopened (不满意工单重启)' })
  complaintsReopened!: number;
  @ApiProperty({ ...NULLABLE_RATE, description: 'Reopens per call-back of the week' })
  reopenRate!: number | null;
  @ApiProperty({ type: [ComplaintHandlerView] }) complaintHandlers!: ComplaintHandlerView[];
  @ApiProperty({ type: [AgentFiguresView] }) agents!: AgentFiguresView[];
  @ApiProperty(LOCAL_DATE) from!: string;
  @ApiProperty(LOCAL_DATE) to!: string;
  @ApiProperty({ example: 'Asia/Shanghai' }) timeZone!: string;
  @ApiProperty({ description: 'False while the week is still running' }) complete!: boolean;
  @ApiProperty(NULLABLE_RATE) invalidRate!: number | null;
  @ApiProperty(NULLABLE_RATE) complaintRate!: number | null;
  @ApiProperty({ type: [TeamFiguresView] }) teams!: TeamFiguresView[];
  @ApiProperty({ type: [TrendPointView] }) trend!: TrendPointView[];
  @ApiProperty() qa!: QaSummaryView;
  @ApiProperty() confirmations!: ConfirmationFiguresView;
  @ApiProperty() workOrderQa!: WorkOrderQaView;
  @ApiProperty({ type: [ComplaintCategoryView] }) complaintCategories!: ComplaintCategoryView[];
  @ApiProperty() complaintHandling!: ComplaintHandlingView;
  @ApiProperty({ type: [StandardFailuresView] }) failuresByStandard!: StandardFailuresView[];
  @ApiProperty({ type: [StandardFailuresView], description: 'Failed standards, most failed first' })
  problems!: StandardFailuresView[];
  @ApiPropertyOptional({
    type: () => ServiceLanguageFiguresView,
    description: '服务用语; absent in revisions stored before it existed',
  })
  serviceLanguage?: ServiceLanguageFiguresView;
  @ApiProperty() reportVersion!: string;
  @ApiProperty(DATE_TIME) generatedAt!: string;
  @ApiProperty({
    type: LedgerHeadView,
    required: false,
    description: 'Absent from older snapshots',
  })
  ledgerHead?: LedgerHeadView;
}

/** The headline figures, to compare revisions at a glance. */
export class RevisionHeadlineView {
  @ApiProperty() dials!: number;
  @ApiProperty(NULLABLE_RATE) connectRate!: number | null;
  @ApiProperty() sales!: number;
  @ApiProperty() validSales!: number;
  @ApiProperty(NULLABLE_RATE) validRate!: number | null;
  @ApiProperty() complaints!: number;
  @ApiProperty() complaintsResolved!: number;
}

/** A stored revision as listed: who and when, and its headline figures. */
export class RevisionSummaryView {
  @ApiProperty({ example: '2026-W47' }) week!: string;
  @ApiProperty() revision!: number;
  @ApiProperty(DATE_TIME) generatedAt!: string;
  @ApiProperty({ type: PersonRefView, nullable: true, description: 'null: the Monday schedule' })
  generatedBy!: PersonRefView | null;
  @ApiProperty({ enum: ['schedule', 'manual'] }) trigger!: 'schedule' | 'manual';
  @ApiProperty(NULLABLE_STRING) reason!: string | null;
  @ApiProperty() reportVersion!: string;
  @ApiProperty({ description: "The checker's version behind validSales" }) engineVersion!: string;
  @ApiProperty() figuresHash!: string;
  @ApiProperty() headline!: RevisionHeadlineView;
}

export class RevisionView extends RevisionSummaryView {
  @ApiProperty({ description: 'The report as frozen' }) figures!: WeeklyReportView;
}

export class RevisedView extends RevisionView {
  @ApiProperty({ description: 'False: the figures had not changed, this is the last revision' })
  created!: boolean;
}
