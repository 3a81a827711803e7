import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { NULLABLE_RATE } from '../../common/http/view-props.js';
import type { Figures } from '../domain/calibration.js';

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

export class StandardAgreementView {
  @ApiProperty() identity!: AgreementFiguresView;
  @ApiProperty() comprehension!: AgreementFiguresView;
  @ApiProperty() script!: AgreementFiguresView;
  @ApiProperty() consent!: AgreementFiguresView;
}

class ReviewerRefView {
  @ApiProperty() reviewerId!: number;
  @ApiProperty() reviewerName!: string;
  @ApiProperty() reviews!: number;
  @ApiProperty() standards!: StandardAgreementView;
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
  @ApiProperty() standards!: StandardAgreementView;
  @ApiProperty({ type: [ReviewerAgreementView] }) reviewers!: ReviewerAgreementView[];
}
