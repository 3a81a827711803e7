import { failuresChart } from '../domain/charts/report-charts.js';
import type { WeeklyReport } from '../domain/report-types.js';
import { callUrl } from '../domain/standards.js';
import { STANDARD_NAMES, STANDARDS } from '../../compliance/index.js';
import { esc, int, pct, section, table } from './html.js';
import { recurringFindingsBlock } from './service-language-section.js';

/** Names of revisions stored before the tiers were rows (their figures carry no label). */
const STORED_TIER_NAMES: Record<string, string> = {
  daily: '中心日抽查（10%）',
  weekly: '质量监督周抽查（5%）',
};

export function qaSection(r: WeeklyReport): string {
  const row = (name: string, q: WeeklyReport['qa']) => [
    esc(name),
    int(q.sampled),
    int(q.reviewed),
    pct(q.passRate),
    ...STANDARDS.map((s) => pct(q.standards[s])),
  ];
  const rows = [
    ...r.qa.tiers.map((t) =>
      row(t.label ?? STORED_TIER_NAMES[t.tier] ?? t.tier, { ...t, tiers: [] }),
    ),
    row('合计', r.qa),
  ];
  return section(
    '五、质检抽查',
    table(
      [
        '抽查层级',
        '抽取录音',
        '已复核',
        '合格率',
        ...STANDARDS.map((s) => `${STANDARD_NAMES[s]}通过率`),
      ],
      rows,
    ),
    '抽取录音为各抽查层级在本周结束的抽查期（本周各日、本周、本周结束的月份）所抽中的通话；合格率与各标准通过率按已复核录音计算。',
  );
}

export function confirmationsSection(r: WeeklyReport): string {
  const c = r.confirmations;
  return section(
    '六、体验期二次确认',
    table(
      ['本周应确认（次）', '已完成', '完成率', '延长体验期', '取消包月', '开始收费'],
      [
        [
          int(c.due),
          int(c.done),
          pct(c.doneRate),
          int(c.extended),
          int(c.cancelled),
          int(c.charged),
        ],
      ],
      0,
    ),
    '应确认：确认回访计划时间在本周的次数；延长、取消、收费：本周发生的次数。',
  );
}

/** 营销工作中出现的问题汇总: the standards failed most, each with calls to listen to. */
export function problemsSection(r: WeeklyReport): string {
  const items = r.problems.map((p) => {
    const links = p.examples
      // From the id, not the stored url: snapshots taken before the call page linked to JSON.
      .map((e) => `<a class="call" href="${esc(callUrl(e.callId))}">通话 #${e.callId}</a>`)
      .join('、');
    return (
      `<li><b>${esc(p.label)}</b>：不合格 ${int(p.failures)} 次，占成交 ${pct(p.failureRate)}。` +
      (links ? `示例：${links}` : '') +
      '</li>'
    );
  });
  const list = items.length
    ? `<ol class="problems">${items.join('')}</ol>`
    : '<p>本周成交中未发现不符合四项合格标准的情况。</p>';
  return section(
    '八、营销问题汇总',
    failuresChart(r) + list + recurringFindingsBlock(r),
    '按本周成交通话统计：有人工复核的以复核结论为准，否则以系统自动检查为准。',
  );
}
