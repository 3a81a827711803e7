import { ApiProperty } from '@nestjs/swagger';
import { PersonRefView } from '../../common/http/person-ref-view.js';
import { DATE_TIME, NULLABLE_NUMBER, NULLABLE_STRING } from '../../common/http/view-props.js';
import { FINDING_DECISIONS, type FindingDecision } from '../../compliance/index.js';
import { ServiceLanguageFindingView } from '../compliance-view.js';

export class FindingDecisionView {
  @ApiProperty({ enum: FINDING_DECISIONS }) decision!: FindingDecision;
  @ApiProperty(NULLABLE_STRING) note!: string | null;
  @ApiProperty() decidedBy!: PersonRefView;
  @ApiProperty(DATE_TIME) decidedAt!: string;
}

export class DecidedFindingView extends ServiceLanguageFindingView {
  @ApiProperty({
    example: 'taboo@3/taboo.shirking',
    description: 'Names the finding in a decision',
  })
  key!: string;
  @ApiProperty({ type: FindingDecisionView, nullable: true, description: 'null: not yet decided' })
  decision!: FindingDecisionView | null;
}

/** A call's service-language findings with the inspectors' decisions on them. */
export class CallServiceLanguageView {
  @ApiProperty() callId!: number;
  @ApiProperty({ ...NULLABLE_NUMBER, description: "The checker's score; null: not scored" })
  score!: number | null;
  @ApiProperty({
    ...NULLABLE_NUMBER,
    description: 'The score without dismissed findings: what the weekly report counts',
  })
  countedScore!: number | null;
  @ApiProperty({ type: [DecidedFindingView] }) findings!: DecidedFindingView[];
}
