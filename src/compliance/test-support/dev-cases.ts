import { readFileSync } from 'node:fs';
import { parseScript } from '../script-format.js';
import { computeTrialEnd } from '../trial-end.js';
import type {
  ApprovedScript,
  CallPurpose,
  EvaluationInput,
  ProductFacts,
  RuleResult,
  TranscriptSegment,
} from '../types.js';

/** The labelled development set, read from test/fixtures (shapes as in shared/compliance-cases). */
export interface DevCase {
  id: string;
  description: string;
  trialRef?: string;
  call: {
    productCode: string;
    scriptVersion: string;
    purpose: CallPurpose;
    startedAt: string;
    transcript: TranscriptSegment[];
  };
  expected: {
    identity: RuleResult;
    comprehension: RuleResult;
    script: RuleResult;
    consent: RuleResult;
    valid: boolean;
    scriptMissing: string[];
  };
}

interface DevProduct extends ProductFacts {
  scripts: Array<{ version: string; purpose: 'marketing' | 'confirmation'; text: string }>;
}

function readFixture<T>(name: string): T {
  return JSON.parse(
    readFileSync(new URL(`../../../test/fixtures/${name}`, import.meta.url), 'utf8'),
  ) as T;
}

export const devCases: DevCase[] = readFixture<DevCase[]>('dev-cases.json');
export const devProducts: DevProduct[] = readFixture<{ products: DevProduct[] }>(
  'dev-products.json',
).products;

export function productFacts(code: string): ProductFacts {
  const p = devProducts.find((x) => x.code === code);
  if (!p) throw new Error(`unknown product ${code}`);
  return {
    code: p.code,
    monthlyFeeCents: p.monthlyFeeCents,
    trialDays: p.trialDays,
    cancelMethod: p.cancelMethod,
  };
}

export function approvedScript(code: string, version: string): ApprovedScript | null {
  const p = devProducts.find((x) => x.code === code);
  const s = p?.scripts.find((x) => x.version === version);
  if (!p || !s) return null;
  return {
    version: s.version,
    purpose: s.purpose,
    sections: parseScript(s.text, p.trialDays !== null),
  };
}

/** "sale on 2026-10-20" → that sale's trial end. */
function trialEndOf(c: DevCase, product: ProductFacts): string | null {
  const sale = /(\d{4}-\d{2}-\d{2})/.exec(c.trialRef ?? '')?.[1];
  return sale && product.trialDays ? computeTrialEnd(sale, product.trialDays) : null;
}

export function toInput(c: DevCase): EvaluationInput {
  const product = productFacts(c.call.productCode);
  return {
    purpose: c.call.purpose,
    product,
    script: approvedScript(c.call.productCode, c.call.scriptVersion),
    startedAt: new Date(c.call.startedAt),
    timeZone: 'Asia/Shanghai',
    trialEnd: trialEndOf(c, product),
    transcript: c.call.transcript,
  };
}
