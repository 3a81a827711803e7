import { STANDARDS, type Standard } from '../../compliance/index.js';
import { isOverdue } from '../domain/due.js';
import type { HumanResult } from '../domain/human-result.js';

export interface ReportInput {
  population: readonly { agentCode: string }[];
  items: readonly { id: number; agentCode: string; dueAt: Date; reviewedAt: Date | null }[];
  /** The current (not overturned) review of each reviewed item. */
  reviews: readonly { itemId: number; passed: boolean; rules: Record<Standard, HumanResult> }[];
  now: Date;
}

type Rates = Record<Standard, number | null>;

const rate = (pass: number, total: number) => (total === 0 ? null : pass / total);

function tally(reviews: ReportInput['reviews']) {
  const passRateByStandard = Object.fromEntries(
    STANDARDS.map((s) => [
      s,
      rate(reviews.filter((r) => r.rules[s] === 'pass').length, reviews.length),
    ]),
  ) as Rates;
  const passed = reviews.filter((r) => r.passed).length;
  return {
    reviewed: reviews.length,
    passed,
    failed: reviews.length - passed,
    passRate: rate(passed, reviews.length),
    passRateByStandard,
  };
}

/**
 * A run's figures: how much was sampled and reviewed, how much is overdue
 * (not reviewed within the plan's business days), and pass rates per
 * standard and per agent over the current reviews.
 */
export function buildRunReport({ population, items, reviews, now }: ReportInput) {
  const populationByAgent = new Map<string, number>();
  for (const call of population)
    populationByAgent.set(call.agentCode, (populationByAgent.get(call.agentCode) ?? 0) + 1);
  const agentOfItem = new Map(items.map((i) => [i.id, i.agentCode]));
  const agents = [
    ...new Set([...populationByAgent.keys(), ...items.map((i) => i.agentCode)]),
  ].sort();
  return {
    ...tally(reviews),
    population: population.length,
    sampled: items.length,
    reviewed: items.filter((i) => i.reviewedAt !== null).length,
    open: items.filter((i) => i.reviewedAt === null).length,
    overdue: items.filter((i) => isOverdue(i, now)).length,
    overdueOpen: items.filter((i) => i.reviewedAt === null && isOverdue(i, now)).length,
    agents: agents.map((agentCode) => ({
      agentCode,
      population: populationByAgent.get(agentCode) ?? 0,
      sampled: items.filter((i) => i.agentCode === agentCode).length,
      ...tally(reviews.filter((r) => agentOfItem.get(r.itemId) === agentCode)),
    })),
  };
}
