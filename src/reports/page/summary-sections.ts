import { agentsChart, rankAgents, trendChart } from '../domain/charts/report-charts.js';
import type { WeeklyReport } from '../domain/report-types.js';
import { esc, int, pct, section, table } from './html.js';

/** 一、本周概况: one plain sentence first, then the figures the carrier asks for (总拨打量、接通率、有效率、投诉数和处理结果). */
export function overviewSection(r: WeeklyReport): string {
  const lead =
    `本周共拨打营销电话 ${int(r.dials)} 通，接通 ${int(r.connected)} 通（接通率 ${pct(r.connectRate)}）；` +
    `成交 ${int(r.sales)} 单，其中符合四项合格标准的有效成交 ${int(r.validSales)} 单（有效率 ${pct(r.validRate)}）。` +
    `本周收到投诉 ${int(r.complaints)} 件，已处理完毕并结案 ${int(r.complaintsResolved)} 件。`;
  const kpi = (label: string, value: string) =>
    `<div class="kpi"><b>${esc(value)}</b><span>${esc(label)}</span></div>`;
  const kpis = [
    kpi('总拨打量（通）', int(r.dials)),
    kpi('接通率', pct(r.connectRate)),
    kpi('成交量（单）', int(r.sales)),
    kpi('有效率', pct(r.validRate)),
    kpi('无效率', pct(r.invalidRate)),
    kpi('投诉数（件）', int(r.complaints)),
    kpi('已结案投诉（件）', int(r.complaintsResolved)),
    kpi('投诉率（投诉/成交）', pct(r.complaintRate)),
  ].join('');
  return section('一、本周概况', `<p class="lead">${esc(lead)}</p><div class="kpis">${kpis}</div>`);
}

export function trendSection(r: WeeklyReport): string {
  const rows = r.trend.map((t) => [
    `${esc(t.week)}<br><small>${esc(t.from)}～${esc(t.to)}` +
      `${t.revision === null ? '' : `，归档第 ${t.revision} 版`}</small>`,
    int(t.dials),
    int(t.connected),
    pct(t.connectRate),
    int(t.sales),
    int(t.validSales),
    pct(t.validRate),
  ]);
  return section(
    `二、近${r.trend.length}周趋势`,
    trendChart(r) +
      table(['周次', '拨打量', '接通量', '接通率', '成交量', '有效成交', '有效率'], rows),
    '已归档的往周按其最新归档版本列出，其余按当前数据计算；折线中断表示该周没有可计算的数据（例如没有成交）。',
  );
}

export function agentsSection(r: WeeklyReport): string {
  const rows = rankAgents(r.agents).map((a, i) => [
    String(i + 1),
    esc(a.agentCode),
    esc(a.name ?? '—'),
    esc(a.team ?? '未分组'),
    int(a.dials),
    pct(a.connectRate),
    int(a.sales),
    int(a.validSales),
    pct(a.validRate),
    int(a.complaints),
    pct(a.complaintRate),
  ]);
  return section(
    '三、坐席排名',
    agentsChart(r) +
      table(
        [
          '名次',
          '工号',
          '姓名',
          '班组',
          '拨打量',
          '接通率',
          '成交',
          '有效成交',
          '有效率',
          '投诉',
          '投诉率',
        ],
        rows,
        4,
      ),
    '按有效成交数排序，相同时按有效率。投诉率 = 涉及该坐席通话的投诉数 ÷ 该坐席成交数。',
  );
}

export function teamsSection(r: WeeklyReport): string {
  const rows = r.teams.map((t) => [
    esc(t.team ?? '未分组'),
    int(t.agents),
    int(t.dials),
    pct(t.connectRate),
    int(t.sales),
    int(t.validSales),
    pct(t.validRate),
    int(t.complaints),
    pct(t.complaintRate),
  ]);
  return section(
    '四、班组汇总',
    table(
      ['班组', '坐席数', '拨打量', '接通率', '成交', '有效成交', '有效率', '投诉', '投诉率'],
      rows,
    ),
  );
}
