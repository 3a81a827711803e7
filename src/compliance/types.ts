import type { ScriptSections, RequiredDisclosure } from './script-format.js';
import type { ServiceLanguage } from './service-language/types.js';
import type { Standard } from './standards.js';

export type Speaker = 'agent' | 'customer';

export interface TranscriptSegment {
  speaker: Speaker;
  startMs: number;
  endMs: number;
  text: string;
}

export interface ProductFacts {
  code: string;
  /** The product's name as agents say it; naming the product describes none of its features. */
  name?: string;
  monthlyFeeCents: number;
  trialDays: number | null;
  cancelMethod: string;
}

export interface ApprovedScript {
  version: string;
  purpose: 'marketing' | 'confirmation';
  sections: ScriptSections;
}

export type CallPurpose = 'marketing' | 'confirmation' | 'remedial';

export interface EvaluationInput {
  purpose: CallPurpose;
  product: ProductFacts;
  /** null = no approved script for this version, which fails the script standard. */
  script: ApprovedScript | null;
  startedAt: Date;
  /** Centre time zone, e.g. 'Asia/Shanghai'; the sale date is local to it. */
  timeZone: string;
  /** YYYY-MM-DD last day of the trial; required to check dates on confirmation calls. */
  trialEnd?: string | null;
  transcript?: TranscriptSegment[] | null;
}

export type RuleResult = 'pass' | 'fail' | 'unknown';

/** `segment` is an index into the transcript; `phrase` is what matched, after normalisation. */
export interface Evidence {
  segment: number;
  text: string;
  phrase?: string;
}

export interface RuleVerdict {
  result: RuleResult;
  reasons: string[];
  evidence: Evidence[];
  missing?: string[];
}

export interface ScriptVerdict extends RuleVerdict {
  missing: RequiredDisclosure[];
}

export type Decision = 'continue' | 'cancel';

export interface ConsentVerdict extends RuleVerdict {
  /** Confirmation and remedial calls: what the customer chose; null on marketing calls or when unclear. */
  decision: Decision | null;
}

export type ComplianceStatus = 'valid' | 'invalid' | 'needs_review';

export interface Compliance {
  valid: boolean;
  status: ComplianceStatus;
  engineVersion: string;
  /** One verdict per standard of the registry; script and consent carry more. */
  rules: Record<Standard, RuleVerdict> & { script: ScriptVerdict; consent: ConsentVerdict };
  /** The agent's service language: a quality score, never part of `valid`/`status`. Absent on older verdicts. */
  serviceLanguage?: ServiceLanguage;
}
