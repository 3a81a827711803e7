import { compareText, percent } from '../rates.js';
import type { AgentFigures, WeeklyReport } from '../report-types.js';
import { STANDARD_NAMES } from '../../../compliance/index.js';
import { barChart } from './bar-chart.js';
import { lineChart } from './line-chart.js';

/** The page's charts, each a pure function of the report. Colours stay distinct in greyscale print. */
const BLUE = '#1f5fa8';
const ORANGE = '#d9822b';
const RED = '#b83232';
const GREEN = '#2e7d4f';

export function trendChart(r: WeeklyReport): string {
  return lineChart({
    title: `近${r.trend.length}周有效率与接通率`,
    categories: r.trend.map((t) => t.week.slice(5)),
    series: [
      { name: '有效率（有效成交/成交）', color: BLUE, values: r.trend.map((t) => t.validRate) },
      { name: '接通率（接通/拨打）', color: ORANGE, values: r.trend.map((t) => t.connectRate) },
    ],
    yMax: 1,
    format: (v) => percent(v, 0),
  });
}

export function failuresChart(r: WeeklyReport): string {
  return barChart({
    title: '各项标准不合格次数',
    color: RED,
    bars: r.failuresByStandard.map((s) => ({
      label: STANDARD_NAMES[s.standard],
      value: s.failures,
      note: `${s.failures} 次 · 占成交 ${percent(s.failureRate)}`,
    })),
  });
}

/** Most valid sales first; then the higher valid rate; then the code, so the order is stable. */
export function rankAgents(agents: AgentFigures[]): AgentFigures[] {
  return [...agents].sort(
    (a, b) =>
      b.validSales - a.validSales ||
      (b.validRate ?? -1) - (a.validRate ?? -1) ||
      compareText(a.agentCode, b.agentCode),
  );
}

export function agentsChart(r: WeeklyReport, limit = 20): string {
  return barChart({
    title: '坐席有效成交排名',
    color: GREEN,
    emptyText: '本周无坐席数据',
    bars: rankAgents(r.agents)
      .slice(0, limit)
      .map((a) => ({
        label: a.name ? `${a.agentCode} ${a.name}` : a.agentCode,
        value: a.validSales,
        note: `有效 ${a.validSales}/${a.sales} · 有效率 ${percent(a.validRate)}`,
      })),
  });
}
