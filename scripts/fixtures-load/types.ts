export const RULES = ['identity', 'comprehension', 'script', 'consent'] as const;
export type RuleName = (typeof RULES)[number];
export type RuleResult = 'pass' | 'fail' | 'unknown';

export interface Expected extends Record<RuleName, RuleResult> {
  valid: boolean;
  status?: string;
  scriptMissing?: string[];
  note?: string;
}

export interface CallFixture {
  externalId: string;
  recordingFile?: string;
  expected: Expected;
  [field: string]: unknown;
}

export interface ScriptFixture {
  version: string;
  purpose: 'marketing' | 'confirmation';
  text: string;
  /** false = load as a draft only; calls on such a version must fail the script standard. */
  approved?: boolean;
}

export interface ProductFixture {
  code: string;
  name: string;
  monthlyFeeCents: number;
  trialDays: number | null;
  cancelMethod: string;
  scripts: ScriptFixture[];
}

export interface Catalogue {
  agents: Array<{ code: string; name: string; team?: string }>;
  products: ProductFixture[];
}

export interface Compliance {
  valid: boolean;
  status: string;
  rules: Record<RuleName, { result: RuleResult; missing?: string[] }>;
}

export interface Outcome {
  fixture: CallFixture;
  compliance?: Compliance;
  error?: string;
}
