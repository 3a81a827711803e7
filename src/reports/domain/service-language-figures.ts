import type { AgentInfo } from './call-figures.js';
import { compareText, rate } from './rates.js';
import { callUrl } from './standards.js';

/**
 * The service-language figures of the weekly report (文明用语 / 服务禁语): per
 * agent, team and centre, and the findings that recurred. Counted over the
 * week's calls of every purpose that have a score, and only findings an
 * inspector did not dismiss. A quality figure: it never touches validity.
 */

/** The scores pass: one agent's scored calls of the week. */
export interface LanguageScoreCount {
  agentCode: string;
  scored: number;
  /** Sum of the counted scores (dismissed findings left out). */
  scoreSum: number;
  /** Calls with at least one taboo still counted. */
  tabooCalls: number;
}

/** The findings pass: one (kind, family, phrase) found on two or more calls of the week. */
export interface RecurringFindingCount {
  kind: string;
  /** '' when the kind has none (every kind but taboo). */
  family: string;
  phrase: string;
  findings: number;
  calls: number;
  exampleCallIds: number[];
}

export interface ServiceLanguageRate {
  /** The week's calls with a service-language score. */
  scored: number;
  /** Mean counted score, 0–100, one decimal; null with no scored call. */
  meanScore: number | null;
  tabooCalls: number;
  /** tabooCalls / scored. */
  tabooRate: number | null;
}

export interface AgentServiceLanguage extends ServiceLanguageRate {
  agentCode: string;
  name: string | null;
  team: string | null;
}

export interface TeamServiceLanguage extends ServiceLanguageRate {
  /** null: agents without a team. */
  team: string | null;
  agents: number;
}

export interface RecurringFinding {
  kind: string;
  /** Chinese, for the page: 缺少问候语, 服务禁语… */
  label: string;
  family: string | null;
  phrase: string | null;
  findings: number;
  calls: number;
  examples: { callId: number; url: string }[];
}

export interface ServiceLanguageFigures extends ServiceLanguageRate {
  agents: AgentServiceLanguage[];
  teams: TeamServiceLanguage[];
  /** Most calls first. */
  recurring: RecurringFinding[];
}

/** What the SQL passes give the assembly (ReportInputs includes it). */
export interface LanguageInputs {
  languageScores: LanguageScoreCount[];
  recurringFindings: RecurringFindingCount[];
}

/** How many recurring findings the report lists, and how many calls each shows. */
export const MAX_RECURRING = 10;
export const MAX_LANGUAGE_EXAMPLES = 3;

export const FINDING_LABELS: Record<string, string> = {
  greeting: '缺少问候语',
  polite_address: '礼貌用语不足',
  closing: '缺少结束语',
  taboo: '服务禁语',
  interruption: '打断客户',
};

type Sums = Omit<LanguageScoreCount, 'agentCode'>;

function rateOf(s: Sums): ServiceLanguageRate {
  return {
    scored: s.scored,
    meanScore: s.scored ? Math.round((s.scoreSum / s.scored) * 10) / 10 : null,
    tabooCalls: s.tabooCalls,
    tabooRate: rate(s.tabooCalls, s.scored),
  };
}

const add = (a: Sums, b: Sums): Sums => ({
  scored: a.scored + b.scored,
  scoreSum: a.scoreSum + b.scoreSum,
  tabooCalls: a.tabooCalls + b.tabooCalls,
});
const NONE: Sums = { scored: 0, scoreSum: 0, tabooCalls: 0 };

export function serviceLanguageFigures(
  scores: LanguageScoreCount[],
  recurring: RecurringFindingCount[],
  agents: AgentInfo[],
): ServiceLanguageFigures {
  const info = new Map(agents.map((a) => [a.code, a]));
  const perAgent = [...scores]
    .filter((s) => s.scored > 0)
    .sort((a, b) => compareText(a.agentCode, b.agentCode))
    .map((s) => ({ ...s, team: info.get(s.agentCode)?.team ?? null }));
  const teams = new Map<string | null, { sums: Sums; agents: number }>();
  for (const a of perAgent) {
    const t = teams.get(a.team) ?? { sums: NONE, agents: 0 };
    teams.set(a.team, { sums: add(t.sums, a), agents: t.agents + 1 });
  }
  return {
    ...rateOf(perAgent.reduce<Sums>(add, NONE)),
    agents: perAgent.map((a) => ({
      agentCode: a.agentCode,
      name: info.get(a.agentCode)?.name ?? null,
      team: a.team,
      ...rateOf(a),
    })),
    teams: [...teams.entries()]
      .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : compareText(a, b)))
      .map(([team, t]) => ({ team, agents: t.agents, ...rateOf(t.sums) })),
    recurring: recurringFindings(recurring),
  };
}

/** Found on two or more calls, most calls first, then most findings, then by name. */
export function recurringFindings(rows: RecurringFindingCount[]): RecurringFinding[] {
  return rows
    .filter((r) => r.calls >= 2)
    .sort(
      (a, b) =>
        b.calls - a.calls ||
        b.findings - a.findings ||
        compareText(`${a.kind}/${a.family}/${a.phrase}`, `${b.kind}/${b.family}/${b.phrase}`),
    )
    .slice(0, MAX_RECURRING)
    .map((r) => ({
      kind: r.kind,
      label: FINDING_LABELS[r.kind] ?? r.kind,
      family: r.family || null,
      phrase: r.phrase || null,
      findings: r.findings,
      calls: r.calls,
      examples: [...r.exampleCallIds]
        .sort((a, b) => a - b)
        .slice(0, MAX_LANGUAGE_EXAMPLES)
        .map((callId) => ({ callId, url: callUrl(callId) })),
    }));
}
