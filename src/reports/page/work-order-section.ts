import type { WeeklyReport } from '../domain/report-types.js';
import { esc, int, pct, section, table } from './html.js';

/** 工单质量双向质检: the week's work-order draw per handler (absent from older revisions). */
export function workOrderSection(r: Partial<Pick<WeeklyReport, 'workOrderQa'>>): string {
  const wo = r.workOrderQa;
  if (!wo) return '';
  const rows = wo.handlers.map((h) => [
    esc(h.handler.name),
    int(h.sampled),
    int(h.reviewed),
    int(h.passed),
    pct(h.passRate),
    int(h.contested),
    int(h.overturned),
  ]);
  return section(
    '工单质量双向质检',
    `<p>本周结案投诉抽检工单 ${int(wo.sampled)} 件，已质检 ${int(wo.reviewed)} 件，` +
      `合格 ${int(wo.passed)} 件，合格率 ${pct(wo.passRate)}；处理人申诉 ${int(wo.contested)} 件，` +
      `经第二位主管改判合格 ${int(wo.overturned)} 件。</p>` +
      table(['处理人', '抽检（件）', '已质检', '合格', '合格率', '申诉', '改判'], rows),
    '抽检范围：本周结案的投诉工单，重启或超时的全部抽检，其余按比例随机抽取；申诉改判的计为合格。',
  );
}
