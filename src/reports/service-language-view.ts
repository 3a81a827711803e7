import { ApiProperty } from '@nestjs/swagger';
import { NULLABLE_NUMBER, NULLABLE_RATE, NULLABLE_STRING } from '../common/http/view-props.js';
import type {
  AgentServiceLanguage,
  RecurringFinding,
  ServiceLanguageFigures,
  ServiceLanguageRate,
  TeamServiceLanguage,
} from './domain/service-language-figures.js';

const MEAN_SCORE = {
  ...NULLABLE_NUMBER,
  minimum: 0,
  maximum: 100,
  description: 'Mean counted score (dismissed findings left out), one decimal',
} as const;

/** A call behind a recurring finding (its own class: report-view imports this file). */
export class LanguageExampleView {
  @ApiProperty() callId!: number;
  @ApiProperty({ description: "The call's console page", example: '/console/calls/12' })
  url!: string;
}

/** The weekly report's service-language figures (service-language-figures.ts). */
export class ServiceLanguageRateView implements ServiceLanguageRate {
  @ApiProperty({ description: 'Calls of the week with a service-language score' })
  scored!: number;
  @ApiProperty(MEAN_SCORE) meanScore!: number | null;
  @ApiProperty({ description: 'Scored calls with a taboo not dismissed' }) tabooCalls!: number;
  @ApiProperty({ ...NULLABLE_RATE, description: 'tabooCalls / scored' })
  tabooRate!: number | null;
}

export class AgentServiceLanguageView
  extends ServiceLanguageRateView
  implements AgentServiceLanguage
{
  @ApiProperty() agentCode!: string;
  @ApiProperty(NULLABLE_STRING) name!: string | null;
  @ApiProperty(NULLABLE_STRING) team!: string | null;
}

export class TeamServiceLanguageView
  extends ServiceLanguageRateView
  implements TeamServiceLanguage
{
  @ApiProperty({ ...NULLABLE_STRING, description: 'null: agents without a team' })
  team!: string | null;
  @ApiProperty() agents!: number;
}

export class RecurringFindingView implements RecurringFinding {
  @ApiProperty({ enum: ['greeting', 'polite_address', 'closing', 'taboo', 'interruption'] })
  kind!: string;
  @ApiProperty({ example: '服务禁语' }) label!: string;
  @ApiProperty({ ...NULLABLE_STRING, example: 'taboo.shirking' }) family!: string | null;
  @ApiProperty({ ...NULLABLE_STRING, description: 'Taboos: the phrase said' })
  phrase!: string | null;
  @ApiProperty({ description: 'Findings not dismissed' }) findings!: number;
  @ApiProperty({ description: 'Calls with one (2 or more: it recurred)' }) calls!: number;
  @ApiProperty({ type: [LanguageExampleView], description: 'Up to three, lowest ids first' })
  examples!: LanguageExampleView[];
}

export class ServiceLanguageFiguresView
  extends ServiceLanguageRateView
  implements ServiceLanguageFigures
{
  @ApiProperty({ type: [AgentServiceLanguageView] }) agents!: AgentServiceLanguageView[];
  @ApiProperty({ type: [TeamServiceLanguageView] }) teams!: TeamServiceLanguageView[];
  @ApiProperty({ type: [RecurringFindingView], description: 'Most calls first, at most 10' })
  recurring!: RecurringFindingView[];
}
