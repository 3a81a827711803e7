import {
  agentFigures,
  callRates,
  teamFigures,
  trend,
  weekTotals,
  weekAgentCounts,
  type AgentInfo,
  type OutcomeCount,
  type StoredWeek,
} from './call-figures.js';
import { confirmationFigures } from './confirmation-figures.js';
import { qaSummary, type QaTierCounts } from './qa-figures.js';
import { rate } from './rates.js';
import type { WeeklyReport } from './report-types.js';
import { failureCounts, type FailureGroup, type ReviewedSale } from './failures.js';
import { problems, standardFailures } from './standards.js';
import { isWeekOver, type ReportWeek } from './week.js';

/** Bump when a definition changes, so a snapshot says which rules produced it. */
export const REPORT_VERSION = 'weekly-report/1';

/** Complaints received in the week per linked agent (null: not linked to a call). */
export interface ComplaintCounts {
  agentCode: string | null;
  complaints: number;
  closed: number;
}

/** Everything the SQL passes return; the report is a pure function of it. */
export interface ReportInputs {
  week: ReportWeek;
  trendWeeks: ReportWeek[];
  timeZone: string;
  now: Date;
  /** The calls pass over the report week and every earlier trend week not stored. */
  outcomes: OutcomeCount[];
  /** Earlier trend weeks that have a stored revision. */
  storedWeeks: ReadonlyMap<string, StoredWeek>;
  /** The failures pass and the reviewed sales, both of the report week. */
  failureGroups: FailureGroup[];
  reviewedSales: ReviewedSale[];
  complaints: ComplaintCounts[];
  complaintCategories: { category: string; count: number }[];
  agents: AgentInfo[];
  qa: QaTierCounts[];
  confirmationSteps: { due: number; done: number };
  trialEvents: ReadonlyMap<string, number>;
}

export function assembleReport(i: ReportInputs): WeeklyReport {
  const callRows = weekAgentCounts(i.outcomes);
  const totals = weekTotals(callRows, i.week);
  const complaints = i.complaints.reduce((n, c) => n + c.complaints, 0);
  const byAgent = new Map(
    i.complaints.flatMap((c) => (c.agentCode ? [[c.agentCode, c.complaints] as const] : [])),
  );
  const agents = agentFigures(callRows, i.week, byAgent, new Map(i.agents.map((a) => [a.code, a])));
  const failuresByStandard = standardFailures(
    failureCounts(i.failureGroups, i.reviewedSales, i.week),
    totals.sales,
  );
  return {
    week: i.week.week,
    dials: totals.dials,
    connected: totals.connected,
    connectRate: callRates(totals).connectRate,
    sales: totals.sales,
    validSales: totals.validSales,
    validRate: callRates(totals).validRate,
    complaints,
    complaintsResolved: i.complaints.reduce((n, c) => n + c.closed, 0),
    agents,
    from: i.week.from,
    to: i.week.to,
    timeZone: i.timeZone,
    complete: isWeekOver(i.week, i.now),
    invalidRate: rate(totals.sales - totals.validSales, totals.sales),
    complaintRate: rate(complaints, totals.sales),
    teams: teamFigures(agents),
    trend: trend(callRows, i.trendWeeks, i.storedWeeks),
    qa: qaSummary(i.qa),
    confirmations: confirmationFigures(i.confirmationSteps, i.trialEvents),
    complaintCategories: i.complaintCategories,
    failuresByStandard,
    problems: problems(failuresByStandard),
    reportVersion: REPORT_VERSION,
    generatedAt: i.now.toISOString(),
  };
}
