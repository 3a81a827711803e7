import type { ReportInputs } from '../assemble.js';
import type { OutcomeCount } from '../call-figures.js';
import type { FailureGroup } from '../failures.js';
import { STANDARDS, type Standard } from '../report-types.js';
import { reportWeek, weekOfLocalDate, weeksEndingAt } from '../week.js';

export const TZ = 'Asia/Shanghai';

/** One marketing call as a spec describes it; `fails` are the checker's failed standards. */
export interface SpecCall {
  id?: number;
  date: string;
  agent: string;
  outcome: string;
  /** Defaults to invalid when the checker failed something, else valid. */
  final?: 'valid' | 'invalid' | 'needs_review';
  fails?: Standard[];
}

/** Groups calls exactly as the SQL passes do, so specs can talk about single calls. */
export function passes(calls: SpecCall[]): Pick<ReportInputs, 'outcomes' | 'failureGroups'> {
  const outcomes = new Map<string, OutcomeCount>();
  const failures = new Map<string, FailureGroup>();
  calls.forEach((c, i) => {
    const id = c.id ?? i + 1;
    const finalStatus = c.final ?? (c.fails?.length ? 'invalid' : 'valid');
    const week = weekOfLocalDate(c.date);
    const o = [week, c.agent, c.outcome, finalStatus].join('|');
    const calls = (outcomes.get(o)?.calls ?? 0) + 1;
    outcomes.set(o, {
      week,
      agentCode: c.agent,
      outcome: c.outcome,
      finalStatus,
      calls,
    });
    if (c.outcome !== 'sale' || finalStatus === 'valid') return;
    const results = Object.fromEntries(
      STANDARDS.map((s) => [s, c.fails?.includes(s) ? 'fail' : 'pass']),
    ) as Record<Standard, string>;
    const key = [c.date, ...STANDARDS.map((s) => results[s])].join('|');
    const g = failures.get(key);
    failures.set(key, {
      localDate: c.date,
      ...results,
      sales: (g?.sales ?? 0) + 1,
      firstCallId: Math.min(g?.firstCallId ?? id, id),
      lastCallId: Math.max(g?.lastCallId ?? id, id),
    });
  });
  return { outcomes: [...outcomes.values()], failureGroups: [...failures.values()] };
}

export function emptyInputs(now = new Date('2026-11-23T03:00:00+08:00')): ReportInputs {
  return {
    week: reportWeek('2026-W47', TZ),
    trendWeeks: weeksEndingAt('2026-W47', 8, TZ),
    timeZone: TZ,
    now,
    outcomes: [],
    storedWeeks: new Map(),
    failureGroups: [],
    reviewedSales: [],
    complaints: [],
    complaintHandlers: [],
    complaintRows: [],
    complaintLimits: { firstContactHours: 24, resolutionHours: 72 },
    agents: [],
    qa: [],
    workOrders: [],
    confirmationSteps: { due: 0, done: 0 },
    trialEvents: new Map(),
    languageScores: [],
    recurringFindings: [],
  };
}
