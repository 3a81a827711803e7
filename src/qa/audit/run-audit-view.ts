import {
  ApiProperty,
  ApiPropertyOptional,
  type ApiPropertyOptions,
  IntersectionType,
} from '@nestjs/swagger';
import { StandardRatesView } from '../../calls/standard-rates-view.js';
import { DATE_TIME, NULLABLE_RATE } from '../../common/http/view-props.js';
import type { CallId, PopulationCall, SampleReason, SamplingTier } from '../domain/index.js';
import { ReasonCountsView, REASONS } from '../sampling/run-view.js';

/** A call id as the draw keys it: this service's ids are integers, imported ones may be text. */
const CALL_ID: ApiPropertyOptions = { oneOf: [{ type: 'integer' }, { type: 'string' }] };

export class DrawnItemView {
  @ApiProperty(CALL_ID) callId!: CallId;
  @ApiPropertyOptional() agentCode?: string;
  @ApiProperty({ enum: REASONS }) reason!: SampleReason;
}

/** The stored run as an auditor names it, shared by its verification and its report. */
class RunRefView {
  @ApiProperty() runId!: number;
  @ApiProperty({ type: String, example: 'daily' }) tier!: SamplingTier;
  @ApiProperty() period!: string;
}

/** GET …/verify (contract: `{reproduced, …}`): the draw recomputed from seed and population. */
export class RunVerificationView extends RunRefView {
  @ApiProperty() seed!: string;
  @ApiProperty() algorithm!: string;
  @ApiProperty() rate!: number;
  @ApiProperty() populationSize!: number;
  @ApiProperty() storedItems!: number;
  @ApiProperty({ description: 'The recomputed draw matches the stored items' })
  reproduced!: boolean;
  @ApiPropertyOptional({ description: 'Why not, when it cannot be or is not reproduced' })
  reason?: string;
  @ApiPropertyOptional() quota?: number;
  @ApiPropertyOptional() recomputedItems?: number;
  @ApiPropertyOptional({ type: [DrawnItemView], description: 'Drawn now but not stored' })
  missing?: DrawnItemView[];
  @ApiPropertyOptional({ type: [DrawnItemView], description: 'Stored but not drawn now' })
  unexpected?: DrawnItemView[];
}

class ReviewTallyView {
  @ApiProperty() reviewed!: number;
  @ApiProperty() passed!: number;
  @ApiProperty() failed!: number;
  @ApiProperty(NULLABLE_RATE) passRate!: number | null;
  @ApiProperty() passRateByStandard!: StandardRatesView;
}

export class RunAgentReportView extends ReviewTallyView {
  @ApiProperty() agentCode!: string;
  @ApiProperty() population!: number;
  @ApiProperty() sampled!: number;
}

/** GET …/report: sampled, reviewed, overdue, and pass rates over the current reviews. */
export class RunReportView extends IntersectionType(RunRefView, ReviewTallyView) {
  @ApiProperty() complete!: boolean;
  @ApiProperty() reviewerRole!: string;
  @ApiProperty(DATE_TIME) createdAt!: string;
  @ApiProperty(DATE_TIME) asOf!: string;
  @ApiProperty() reasons!: ReasonCountsView;
  @ApiProperty() population!: number;
  @ApiProperty() sampled!: number;
  @ApiProperty() open!: number;
  @ApiProperty({ description: 'Not reviewed within the plan’s business days' }) overdue!: number;
  @ApiProperty() overdueOpen!: number;
  @ApiProperty({ type: [RunAgentReportView] }) agents!: RunAgentReportView[];
}

export class PopulationCallView implements PopulationCall {
  @ApiProperty(CALL_ID) callId!: CallId;
  @ApiProperty() agentCode!: string;
  @ApiProperty({ description: 'Marked invalid or needs_review by the checker' }) flagged!: boolean;
  @ApiProperty({ description: 'The agent was under re-check' }) recheck!: boolean;
  @ApiPropertyOptional() alreadyReviewed?: boolean;
}

/** The population exactly as the draw saw it, to re-run the draw elsewhere. */
export class RunPopulationView {
  @ApiProperty() runId!: number;
  @ApiProperty() seed!: string;
  @ApiProperty() algorithm!: string;
  @ApiProperty() rate!: number;
  @ApiProperty({ type: [PopulationCallView] }) calls!: PopulationCallView[];
}
