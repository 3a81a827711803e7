import { compareText, rate } from './rates.js';
import {
  NOT_CONNECTED,
  type AgentFigures,
  type CallCounts,
  type CallRates,
  type TeamFigures,
  type TrendPoint,
} from './report-types.js';
import type { ReportWeek } from './week.js';

/** A cell of the calls pass: marketing calls of one week, agent, outcome and final verdict. */
export interface OutcomeCount {
  week: string;
  agentCode: string;
  outcome: string;
  finalStatus: string;
  calls: number;
}

/** Counts per week and agent: what every per-agent and per-week figure is summed from. */
export interface WeekAgentCounts extends CallCounts {
  week: string;
  agentCode: string;
}

/** An earlier week's figures as last stored (its latest revision). */
export interface StoredWeek {
  revision: number;
  counts: CallCounts;
}

export interface AgentInfo {
  code: string;
  name: string;
  team: string | null;
}

export const ZERO: CallCounts = { dials: 0, connected: 0, sales: 0, validSales: 0 };

export function addCounts(a: CallCounts, b: CallCounts): CallCounts {
  return {
    dials: a.dials + b.dials,
    connected: a.connected + b.connected,
    sales: a.sales + b.sales,
    validSales: a.validSales + b.validSales,
  };
}

export function callRates(c: CallCounts): CallRates {
  return { connectRate: rate(c.connected, c.dials), validRate: rate(c.validSales, c.sales) };
}

/**
 * Folds the calls pass into counts per week and agent: dials, connected (an
 * outcome other than the four unanswered ones), sales, and valid sales (final
 * verdict valid: the human review's when there is one, else the checker's).
 */
export function weekAgentCounts(outcomes: OutcomeCount[]): WeekAgentCounts[] {
  const rows = new Map<string, WeekAgentCounts>();
  for (const o of outcomes) {
    const key = `${o.week}|${o.agentCode}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { week: o.week, agentCode: o.agentCode, ...ZERO }));
    row.dials += o.calls;
    if (!(NOT_CONNECTED as readonly string[]).includes(o.outcome)) row.connected += o.calls;
    if (o.outcome === 'sale') row.sales += o.calls;
    if (o.outcome === 'sale' && o.finalStatus === 'valid') row.validSales += o.calls;
  }
  return [...rows.values()];
}

export function weekTotals(rows: WeekAgentCounts[], week: ReportWeek): CallCounts {
  return rows.filter((r) => r.week === week.week).reduce<CallCounts>(addCounts, ZERO);
}

/**
 * Every agent who dialled in the week or had a complaint linked to one of their
 * calls received in it, by code. complaintRate = complaints / the agent's sales.
 */
export function agentFigures(
  rows: WeekAgentCounts[],
  week: ReportWeek,
  complaintsByAgent: ReadonlyMap<string, number>,
  agents: ReadonlyMap<string, AgentInfo>,
): AgentFigures[] {
  const counts = new Map<string, CallCounts>();
  for (const r of rows.filter((x) => x.week === week.week))
    counts.set(r.agentCode, addCounts(counts.get(r.agentCode) ?? ZERO, r));
  const codes = new Set([...counts.keys(), ...complaintsByAgent.keys()]);
  return [...codes].sort(compareText).map((agentCode) => {
    const c = counts.get(agentCode) ?? ZERO;
    const complaints = complaintsByAgent.get(agentCode) ?? 0;
    const info = agents.get(agentCode);
    return {
      agentCode,
      ...c,
      ...callRates(c),
      complaints,
      complaintRate: rate(complaints, c.sales),
      name: info?.name ?? null,
      team: info?.team ?? null,
    };
  });
}

/** Teams are sums of their agents; agents without a team form one group (team null), listed last. */
export function teamFigures(agents: AgentFigures[]): TeamFigures[] {
  const teams = new Map<
    string | null,
    { counts: CallCounts; agents: number; complaints: number }
  >();
  for (const a of agents) {
    const t = teams.get(a.team) ?? { counts: ZERO, agents: 0, complaints: 0 };
    teams.set(a.team, {
      counts: addCounts(t.counts, a),
      agents: t.agents + 1,
      complaints: t.complaints + a.complaints,
    });
  }
  return [...teams.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : compareText(a, b)))
    .map(([team, t]) => ({
      team,
      agents: t.agents,
      ...t.counts,
      ...callRates(t.counts),
      complaints: t.complaints,
      complaintRate: rate(t.complaints, t.counts.sales),
    }));
}

/**
 * Week-by-week totals over `weeks` (oldest first). An earlier week with a
 * stored revision shows it (what the carrier was sent, with its corrections);
 * the others are summed from the rows. Weeks without calls are zeros with null rates.
 */
export function trend(
  rows: WeekAgentCounts[],
  weeks: ReportWeek[],
  stored: ReadonlyMap<string, StoredWeek> = new Map(),
): TrendPoint[] {
  return weeks.map((w) => {
    const kept = stored.get(w.week);
    const c = kept?.counts ?? weekTotals(rows, w);
    return {
      week: w.week,
      from: w.from,
      to: w.to,
      ...c,
      ...callRates(c),
      revision: kept?.revision ?? null,
    };
  });
}
