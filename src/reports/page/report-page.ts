import type { WeeklyReport } from '../domain/report-types.js';
import { ledgerHeadLine } from './ledger-head-section.js';
import { esc, localTime, weekTitle, zoneName } from './html.js';
import { PAGE_STYLE } from './page-style.js';
import { complaintsSection } from './complaint-section.js';
import { confirmationsSection, problemsSection, qaSection } from './quality-sections.js';
import { workOrderSection } from './work-order-section.js';
import { agentsSection, overviewSection, teamsSection, trendSection } from './summary-sections.js';
import {
  SERVICE_LANGUAGE_DEFINITIONS,
  serviceLanguageSection,
} from './service-language-section.js';

/** Which figures the page shows: computed now, or a stored revision. */
export type PageSource = { kind: 'live' } | { kind: 'revision'; revision: number };

export interface PageContext {
  source: PageSource;
  revisions: { revision: number; generatedAt: string }[];
}

/** The definitions, for a reader who has never seen the product (same rules as the README). */
const DEFINITIONS: [string, string][] = [
  ['拨打量', '本周（周一至周日，按中心所在时区的日期）用途为营销的外呼电话数。'],
  [
    '接通量 / 接通率',
    '拨打中结果不是“无人接听、占线、无法接通、停机”的电话数；接通率 = 接通量 ÷ 拨打量。',
  ],
  ['成交量', '拨打中结果为成交的电话数。'],
  [
    '有效成交 / 有效率',
    '成交中最终结论为合格（同时满足四项标准；有人工复核的以复核为准）的数量；有效率 = 有效成交 ÷ 成交量，无效率 = 1 − 有效率。',
  ],
  [
    '投诉数 / 已结案',
    '本周内收到的投诉件数，及其中目前已结案（回访完毕或经调查不成立后关闭）的件数。',
  ],
  ['投诉率', '投诉数 ÷ 成交量；坐席的投诉率 = 涉及该坐席通话的投诉数 ÷ 该坐席成交数。'],
  ...SERVICE_LANGUAGE_DEFINITIONS,
  ['“—”', '分母为零（例如没有成交），比率无法计算。'],
];

export function renderReportPage(r: WeeklyReport, ctx: PageContext): string {
  const title = `外呼营销工作周报 ${weekTitle(r.week)}`;
  const banners = [
    r.complete ? '' : '本周尚未结束，以下数据仍会变化。',
    ctx.source.kind === 'revision'
      ? `本页为归档版本：第 ${ctx.source.revision} 版，生成于 ${localTime(r.generatedAt, r.timeZone)}。`
      : '',
  ].filter(Boolean);
  const revisions = ctx.revisions.length
    ? '已归档版本：' +
      ctx.revisions
        .map(
          (v) =>
            `<a href="?revision=${v.revision}">第 ${v.revision} 版（${esc(localTime(v.generatedAt, r.timeZone))}）</a>`,
        )
        .join('、') +
      '；<a href="?">实时数据</a>'
    : '本周尚无归档版本（每周一 03:00 自动归档上一周）。';
  const definitions = DEFINITIONS.map(([t, d]) => `<dt>${esc(t)}</dt><dd>${esc(d)}</dd>`).join('');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${esc(title)}</title><style>${PAGE_STYLE}</style></head>
<body>
<h1>${esc(title)}</h1>
<p class="subtitle">统计区间：${esc(r.from)} 至 ${esc(r.to)}（${esc(zoneName(r.timeZone))}）</p>
${banners.map((b) => `<p class="banner">${esc(b)}</p>`).join('')}
<form class="toolbar week-picker" method="get" action="/reports/weekly">
<label for="week-picker">选择周次</label>
<input type="week" id="week-picker" name="week" value="${esc(r.week)}" required pattern="[0-9]{4}-W[0-9]{2}" placeholder="如 2026-W47">
<button type="submit">查看</button></form>
<p class="toolbar">${revisions} · <a href="/api/reports/weekly?week=${esc(r.week)}&amp;format=csv">下载 CSV</a></p>
${overviewSection(r)}
${trendSection(r)}
${agentsSection(r)}
${teamsSection(r)}
${qaSection(r)}
${confirmationsSection(r)}
${complaintsSection(r)}
${workOrderSection(r)}
${problemsSection(r)}
${serviceLanguageSection(r)}
${ledgerHeadLine(r)}
<section><h2>附：指标口径</h2><dl class="definitions">${definitions}</dl></section>
<footer>生成时间：${esc(localTime(r.generatedAt, r.timeZone))}（${esc(zoneName(r.timeZone))}）·
报告口径版本 ${esc(r.reportVersion)} · ${ctx.source.kind === 'live' ? '实时数据' : `归档第 ${ctx.source.revision} 版`}</footer>
</body></html>`;
}
