import type { ComplaintCategoryFigures, HandlingTime } from '../domain/complaint-figures.js';
import type { WeeklyReport } from '../domain/report-types.js';
import { esc, int, pct, section, table } from './html.js';

/** Figures added after the first stored revisions: an older revision lacks them. */
type Added = 'complaintHandling' | 'complaintHandlers' | 'complaintsReopened';
type Revision = Omit<WeeklyReport, Added | 'complaintCategories'> &
  Partial<Pick<WeeklyReport, Added>> & {
    complaintCategories: (Omit<ComplaintCategoryFigures, 'examples'> &
      Partial<Pick<ComplaintCategoryFigures, 'examples'>>)[];
  };

/** 投诉原因、处理结果、用户反映: causes with complaints to open, outcomes, times, owners. */
export function complaintsSection(r: Revision): string {
  const causes = r.complaintCategories.map((c) => [
    esc(c.category),
    int(c.count),
    (c.examples ?? [])
      .map((e) => `<a class="complaint" href="${esc(e.url)}">投诉 #${e.complaintId}</a>`)
      .join('、'),
  ]);
  const handlers = (r.complaintHandlers ?? []).map((o) => [
    esc(o.owner.name ?? '—'),
    int(o.complaints),
    int(o.closed),
    int(o.reopened),
    pct(o.reopenRate),
  ]);
  const h = r.complaintHandling;
  const outcomes =
    h && r.complaintsReopened !== undefined
      ? `回访不满意重启 ${int(r.complaintsReopened)} 件，重启率（重启/回访）${pct(r.reopenRate)}；` +
        `升级处理 ${int(h.escalated)} 件；超时未结 ${int(h.openPastDeadline)} 件。`
      : '（本版报告未统计重启、升级与处理时长。）';
  return section(
    '七、投诉与用户反映',
    `<p>本周收到投诉 ${int(r.complaints)} 件，已结案 ${int(r.complaintsResolved)} 件，` +
      `未结案 ${int(r.complaints - r.complaintsResolved)} 件；投诉率（投诉/成交）${pct(r.complaintRate)}。` +
      `${outcomes}</p>` +
      table(['投诉原因', '件数', '投诉单'], causes) +
      (h
        ? table(
            [
              '处理时限',
              '已完成（件）',
              '中位（小时）',
              '90% 分位（小时）',
              '时限（小时）',
              '时限内',
            ],
            [timeRow('首次联系', h.firstContact), timeRow('处理完毕', h.resolution)],
          )
        : '') +
      table(['首问责任人', '投诉（件）', '已结案', '重启（件）', '重启率'], handlers),
  );
}

function timeRow(label: string, t: HandlingTime): string[] {
  const hours = (v: number | null) => (v === null ? '—' : v.toFixed(1));
  return [
    label,
    int(t.n),
    hours(t.medianHours),
    hours(t.p90Hours),
    int(t.limitHours),
    t.n ? `${int(t.withinLimit)}（${pct(t.withinLimit / t.n)}）` : '—',
  ];
}
