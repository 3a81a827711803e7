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
import {
  complaintCategories,
  complaintHandling,
  type ComplaintLimits,
  type ComplaintRow,
} from './complaint-figures.js';
import { confirmationFigures } from './confirmation-figures.js';
import { qaSummary, type QaTierCounts } from './qa-figures.js';
import { rate } from './rates.js';
import type { ComplaintHandlerFigures, WeeklyReport } from './report-types.js';
import { failureCounts, type FailureGroup, type ReviewedSale } from './failures.js';
import { problems, standardFailures } from './standards.js';
import { serviceLanguageFigures, type LanguageInputs } from './service-language-figures.js';
import { isWeekOver, type ReportWeek } from './week.js';
import { workOrderQa, type WorkOrderHandlerCounts } from './work-order-figures.js';

/** Bump when a definition changes, so a snapshot says which rules produced it. */
export const REPORT_VERSION = 'weekly-report/1';

/** Complaints of the week and their call-backs (回访) and reopens (不满意工单重启). */
export interface ReopenCounts {
  complaints: number;
  closed: number;
  /** Complaints reopened at least once. */
  reopened: number;
  /** Reopens in all: a complaint reopened twice counts two. */
  reopens: number;
  callBacks: number;
}

/** Complaints received in the week per linked agent (null: not linked to a call). */
export interface ComplaintCounts extends ReopenCounts {
  agentCode: string | null;
}

export interface HandlerCounts extends ReopenCounts {
  ownerId: number | null;
  ownerName: string;
}

/** Everything the SQL passes return; the report is a pure function of it. */
export interface ReportInputs extends LanguageInputs {
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
  complaintHandlers: HandlerCounts[];
  complaintRows: ComplaintRow[];
  complaintLimits: ComplaintLimits;
  agents: AgentInfo[];
  qa: QaTierCounts[];
  workOrders: WorkOrderHandlerCounts[];
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
    complaintsResolved: sum(i.complaints, 'closed'),
    agents,
    complaintsReopened: sum(i.complaints, 'reopened'),
    reopenRate: rate(sum(i.complaints, 'reopens'), sum(i.complaints, 'callBacks')),
    complaintHandlers: i.complaintHandlers.map(handlerFigures),
    from: i.week.from,
    to: i.week.to,
    timeZone: i.timeZone,
    complete: isWeekOver(i.week, i.now),
    invalidRate: rate(totals.sales - totals.validSales, totals.sales),
    complaintRate: rate(complaints, totals.sales),
    teams: teamFigures(agents),
    trend: trend(callRows, i.trendWeeks, i.storedWeeks),
    qa: qaSummary(i.qa),
    workOrderQa: workOrderQa(i.workOrders),
    confirmations: confirmationFigures(i.confirmationSteps, i.trialEvents),
    complaintCategories: complaintCategories(i.complaintRows),
    complaintHandling: complaintHandling(i.complaintRows, i.complaintLimits, i.now),
    failuresByStandard,
    problems: problems(failuresByStandard),
    serviceLanguage: serviceLanguageFigures(i.languageScores, i.recurringFindings, i.agents),
    reportVersion: REPORT_VERSION,
    generatedAt: i.now.toISOString(),
  };
}

function sum(rows: ReopenCounts[], key: keyof ReopenCounts): number {
  return rows.reduce((n, r) => n + r[key], 0);
}

/** Reopen rate: reopens per call-back, the share of call-backs that found the customer dissatisfied. */
function handlerFigures(h: HandlerCounts): ComplaintHandlerFigures {
  return {
    owner: { id: h.ownerId, name: h.ownerName },
    complaints: h.complaints,
    closed: h.closed,
    reopened: h.reopened,
    reopenRate: rate(h.reopens, h.callBacks),
  };
}
