import { rate } from './rates.js';
import { STANDARDS, type QaSummary, type QaTierFigures, type Standard } from './report-types.js';

/** Counts per sampling tier from the QA query: items drawn, reviewed, and passes per standard. */
export interface QaTierCounts extends Record<Standard, number> {
  tier: 'daily' | 'weekly';
  sampled: number;
  reviewed: number;
  passed: number;
}

const TIERS = ['daily', 'weekly'] as const;

function figures(c: Omit<QaTierCounts, 'tier'>): Omit<QaTierFigures, 'tier'> {
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

/** Both tiers always appear (zeros when not drawn), and their sum. Rates are over reviewed items. */
export function qaSummary(rows: QaTierCounts[]): QaSummary {
  const zero: Omit<QaTierCounts, 'tier'> = {
    sampled: 0,
    reviewed: 0,
    passed: 0,
    ...(Object.fromEntries(STANDARDS.map((s) => [s, 0])) as Record<Standard, number>),
  };
  const tiers = TIERS.map((tier) => ({ tier, ...(rows.find((r) => r.tier === tier) ?? zero) }));
  const total = tiers.reduce(
    (sum, t) => {
      const next = { ...sum };
      for (const k of Object.keys(zero) as (keyof typeof zero)[]) next[k] += t[k];
      return next;
    },
    { ...zero },
  );
  return { ...figures(total), tiers: tiers.map((t) => ({ tier: t.tier, ...figures(t) })) };
}
