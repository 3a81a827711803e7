import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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

/**
 * A labelled set of calls, in the format of shared/compliance-cases
 * (products.json + cases.json) or of recordings-fixtures (catalogue.json +
 * calls/*.json, each call carrying its own `expected`).
 */
export interface LabelledCase {
  id: string;
  description: string;
  /** Confirmation calls: "sale on 2026-10-20", from which the trial end is computed. */
  trialRef?: string;
  call: {
    productCode: string;
    scriptVersion: string;
    purpose: CallPurpose;
    startedAt: string;
    transcript?: TranscriptSegment[] | null;
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

export interface LabelledProduct extends ProductFacts {
  name?: string;
  scripts: Array<{
    version: string;
    purpose: 'marketing' | 'confirmation';
    text: string;
    /** recordings-fixtures: false = a draft that was never approved. */
    approved?: boolean;
  }>;
}

export interface LabelledSet {
  products: LabelledProduct[];
  cases: LabelledCase[];
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

function fromFixtureCalls(dir: string): LabelledCase[] {
  const callsDir = join(dir, 'calls');
  return readdirSync(callsDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const { expected, ...call } = readJson<
        LabelledCase['call'] & { externalId: string } & {
          expected: LabelledCase['expected'] & { note?: string };
        }
      >(join(callsDir, f));
      return { id: call.externalId, description: expected.note ?? '', call, expected };
    });
}

export function loadLabelledFiles(productsPath: string, casesPath: string): LabelledSet {
  const { products } = readJson<{ products: LabelledProduct[] }>(productsPath);
  const raw = readJson<LabelledCase[] | { cases: LabelledCase[] }>(casesPath);
  return { products, cases: Array.isArray(raw) ? raw : raw.cases };
}

/** Throws with the file at fault when the folder holds neither format. */
export function loadLabelledSet(dir: string): LabelledSet {
  if (existsSync(join(dir, 'products.json')) && existsSync(join(dir, 'cases.json'))) {
    return loadLabelledFiles(join(dir, 'products.json'), join(dir, 'cases.json'));
  }
  if (existsSync(join(dir, 'catalogue.json')) && existsSync(join(dir, 'calls'))) {
    const { products } = readJson<{ products: LabelledProduct[] }>(join(dir, 'catalogue.json'));
    return { products, cases: fromFixtureCalls(dir) };
  }
  throw new Error(`${dir}: expected products.json + cases.json, or catalogue.json + calls/`);
}

function productFacts(p: LabelledProduct): ProductFacts {
  return {
    code: p.code,
    name: p.name,
    monthlyFeeCents: p.monthlyFeeCents,
    trialDays: p.trialDays,
    cancelMethod: p.cancelMethod,
  };
}

function approvedScript(p: LabelledProduct, version: string): ApprovedScript | null {
  const s = p.scripts.find((x) => x.version === version);
  if (!s || s.approved === false) return null;
  return { version: s.version, purpose: s.purpose, sections: parseScript(s.text, !!p.trialDays) };
}

function trialEndOf(c: LabelledCase, product: ProductFacts): string | null {
  const sale = /(\d{4}-\d{2}-\d{2})/.exec(c.trialRef ?? '')?.[1];
  return sale && product.trialDays ? computeTrialEnd(sale, product.trialDays) : null;
}

/** The checker's input for one labelled call, as the service would build it. */
export function toInput(set: LabelledSet, c: LabelledCase): EvaluationInput {
  const p = set.products.find((x) => x.code === c.call.productCode);
  if (!p) throw new Error(`${c.id}: unknown product ${c.call.productCode}`);
  const product = productFacts(p);
  return {
    purpose: c.call.purpose,
    product,
    script: approvedScript(p, c.call.scriptVersion),
    startedAt: new Date(c.call.startedAt),
    timeZone: 'Asia/Shanghai',
    trialEnd: trialEndOf(c, product),
    transcript: c.call.transcript ?? null,
  };
}
