import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  Compliance,
  ConsentVerdict,
  Evidence,
  RuleVerdict,
  ScriptVerdict,
} from '../compliance/types.js';
import {
  FINDING_KINDS,
  type ServiceLanguage,
  type ServiceLanguageFinding,
} from '../compliance/service-language/types.js';
import { STANDARDS, type Standard } from '../compliance/index.js';

/**
 * The documented shape of the checker's verdict. Each class implements the domain
 * interface it describes, so the compiler rejects a document that drifts from it.
 */
export class EvidenceView implements Evidence {
  @ApiProperty({ description: 'Index into the transcript' }) segment!: number;
  @ApiProperty() text!: string;
  @ApiPropertyOptional({ description: 'What matched, after normalisation' }) phrase?: string;
}

export class RuleVerdictView implements RuleVerdict {
  @ApiProperty({ enum: ['pass', 'fail', 'unknown'] }) result!: RuleVerdict['result'];
  @ApiProperty({ type: [String] }) reasons!: string[];
  @ApiProperty({ type: [EvidenceView] }) evidence!: EvidenceView[];
}

export class ScriptVerdictView extends RuleVerdictView implements ScriptVerdict {
  @ApiProperty({ type: [String], description: 'Required disclosures not heard' })
  missing!: ScriptVerdict['missing'];
}

export class ConsentVerdictView extends RuleVerdictView implements ConsentVerdict {
  @ApiProperty({
    enum: ['continue', 'cancel'],
    nullable: true,
    description: "Confirmation and remedial calls: the customer's choice; null when unclear",
  })
  decision!: ConsentVerdict['decision'];
}

/** One verdict per standard of the registry; script and consent say more than the others. */
export class RulesView {}
const VERDICT_VIEWS: Partial<Record<Standard, typeof RuleVerdictView>> = {
  script: ScriptVerdictView,
  consent: ConsentVerdictView,
};
for (const s of STANDARDS)
  ApiProperty({ type: VERDICT_VIEWS[s] ?? RuleVerdictView })(RulesView.prototype, s);

export class ServiceLanguageFindingView implements ServiceLanguageFinding {
  @ApiProperty({ enum: FINDING_KINDS }) kind!: ServiceLanguageFinding['kind'];
  @ApiProperty({ description: 'Index into the transcript: the evidence segment' })
  segment!: number;
  @ApiProperty({ description: 'That segment as said' }) text!: string;
  @ApiProperty({ description: 'What is wrong, in Chinese' }) reason!: string;
  @ApiPropertyOptional({ description: 'Taboos: the phrase family, e.g. taboo.shirking' })
  family?: string;
  @ApiPropertyOptional({ description: 'Taboos: what matched, after normalisation' })
  phrase?: string;
  @ApiPropertyOptional({ description: 'Interruptions: how long the agent spoke over the customer' })
  overlapMs?: number;
}

export class ServiceLanguageView implements ServiceLanguage {
  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 100,
    description: '100 minus points per finding (README); null when the agent said nothing',
  })
  score!: number | null;
  @ApiProperty({ type: [ServiceLanguageFindingView] }) findings!: ServiceLanguageFindingView[];
}

export class ComplianceView implements Compliance {
  @ApiProperty() valid!: boolean;
  @ApiProperty({ enum: ['valid', 'invalid', 'needs_review'] }) status!: Compliance['status'];
  @ApiProperty() engineVersion!: string;
  @ApiProperty({ type: RulesView }) rules!: Compliance['rules'];
  @ApiPropertyOptional({
    description:
      "The agent's service language: a quality score, never part of valid/status; absent on verdicts stored before it existed",
  })
  serviceLanguage?: ServiceLanguageView;
}
