import { rate } from './rates.js';
import { STANDARDS, type QaSummary, type QaTierFigures, type Standard } from './report-types.js';

/**
 * Counts per call tier from the QA query, one row per tier row (zeros when not
 * drawn), in the tiers' order: items drawn, reviewed, and passes per standard.
 */
export interface QaTierCounts extends Record<Standard, number> {
  tier: string;
  /** The report's name for the tier. */
  label: string;
  sampled: number;
  reviewed: number;
  passed: number;
}

function figures(c: Omit<QaTierCounts, 'tier' | 'label'>): Omit<QaTierFigures, 'tier' | 'label'> {
  const standards = Object.fromEntries(STANDARDS.map((s) => [s, rate(c[s], c.reviewed)])) as Record<
    Standard,
    number | null
  >;
  return {
    sampled: c.sampled,
    reviewed: c.reviewed,
    passed: c.passed,
    passRate: rate(c.passed, c.reviewed),
    standards,
  };
}

/** Each tier as counted, and their sum. Rates are over reviewed items. */
export function qaSummary(rows: QaTierCounts[]): QaSummary {
  const zero: Omit<QaTierCounts, 'tier' | 'label'> = {
    sampled: 0,
    reviewed: 0,
    passed: 0,
    ...(Object.fromEntries(STANDARDS.map((s) => [s, 0])) as Record<Standard, number>),
  };
  const total = rows.reduce(
    (sum, t) => {
      const next = { ...sum };
      for (const k of Object.keys(zero) as (keyof typeof zero)[]) next[k] += t[k];
      return next;
    },
    { ...zero },
  );
  return {
    ...figures(total),
    tiers: rows.map((t) => ({ tier: t.tier, label: t.label, ...figures(t) })),
  };
}
