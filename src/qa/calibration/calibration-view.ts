import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { NULLABLE_RATE } from '../../common/http/view-props.js';
import { STANDARDS, type RuleResult, type Standard } from '../../compliance/index.js';
import type { Figures } from '../domain/calibration.js';
import type { HumanResult } from '../domain/human-result.js';

/** Agreement between reviewers and the checker over a set of verdicts. */
export class AgreementFiguresView implements Figures {
  @ApiProperty() compared!: number;
  @ApiProperty() agree!: number;
  @ApiProperty() disagree!: number;
  @ApiProperty({ description: 'The checker said unknown: neither agreement nor disagreement' })
  checkerUnknown!: number;
  @ApiProperty({ ...NULLABLE_RATE, description: 'agree / (agree + disagree)' })
  agreementRate!: number | null;
  @ApiProperty({ description: 'Too lenient: fix the checker' }) checkerPassedHumanFailed!: number;
  @ApiProperty({ description: 'Too strict, or the reviewer needs training' })
  checkerFailedHumanPassed!: number;
}

/** Agreement figures per standard of the registry, keyed by its id. */
export class StandardAgreementView {}
for (const s of STANDARDS)
  ApiProperty({ type: AgreementFiguresView })(StandardAgreementView.prototype, s);

class ReviewerRefView {
  @ApiProperty() reviewerId!: number;
  @ApiProperty() reviewerName!: string;
  @ApiProperty() reviews!: number;
  @ApiProperty({ type: StandardAgreementView }) standards!: Record<Standard, Figures>;
}

export class ReviewerAgreementView extends IntersectionType(
  ReviewerRefView,
  AgreementFiguresView,
) {}

/** GET /api/qa/calibration: reviews of local dates from…to, per standard and per reviewer. */
export class CalibrationView {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty() reviews!: number;
  @ApiProperty() overall!: AgreementFiguresView;
  @ApiProperty({ type: StandardAgreementView }) standards!: Record<Standard, Figures>;
  @ApiProperty({ type: [ReviewerAgreementView] }) reviewers!: ReviewerAgreementView[];
}

class DisagreementStandardView {
  @ApiProperty({ enum: STANDARDS }) standard!: Standard;
  @ApiProperty({ enum: ['pass', 'fail'] }) human!: HumanResult;
  @ApiProperty({ enum: ['pass', 'fail'] }) checker!: RuleResult;
}

/** GET /api/qa/calibration/disagreements: one review whose verdict differs from the checker's. */
export class DisagreementView {
  @ApiProperty() reviewId!: number;
  @ApiProperty() itemId!: number;
  @ApiProperty({ description: 'Opens at /console/calls/{callId}' }) callId!: number;
  @ApiProperty() externalId!: string;
  @ApiProperty() agentCode!: string;
  @ApiProperty({ enum: ['review', 'overturn'] }) kind!: 'review' | 'overturn';
  @ApiProperty() reviewerId!: number;
  @ApiProperty() reviewerName!: string;
  @ApiProperty({ format: 'date' }) reviewDate!: string;
  @ApiProperty({ type: [DisagreementStandardView], description: 'Only the disagreeing standards' })
  standards!: DisagreementStandardView[];
}
