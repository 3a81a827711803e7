import type { WeeklyReport } from '../domain/report-types.js';
import type { ServiceLanguageRate } from '../domain/service-language-figures.js';
import { esc, int, pct, section, table } from './html.js';

/** Shown where a stored revision predates the service-language figures. */
const NOT_IN_REVISION = '<p>本版报告生成时尚未统计服务用语。</p>';

const score = (v: number | null) => (v === null ? '—' : v.toFixed(1));
const rateCells = (s: ServiceLanguageRate) => [
  int(s.scored),
  score(s.meanScore),
  int(s.tabooCalls),
  pct(s.tabooRate),
];
const RATE_HEADERS = ['评分通话', '平均分', '含禁语通话', '禁语率'];

/** 服务用语: the centre's rate, then per team and per agent. */
export function serviceLanguageSection(r: WeeklyReport): string {
  const sl = r.serviceLanguage;
  if (!sl) return section('九、服务用语', NOT_IN_REVISION);
  const lead =
    `本周有服务用语评分的通话 ${int(sl.scored)} 通，平均分 ${score(sl.meanScore)}（满分 100）；` +
    `含服务禁语的通话 ${int(sl.tabooCalls)} 通（禁语率 ${pct(sl.tabooRate)}）。`;
  const teams = sl.teams.map((t) => [esc(t.team ?? '未分组'), int(t.agents), ...rateCells(t)]);
  const agents = sl.agents.map((a) => [
    esc(a.agentCode),
    esc(a.name ?? '—'),
    esc(a.team ?? '未分组'),
    ...rateCells(a),
  ]);
  return section(
    '九、服务用语',
    `<p>${esc(lead)}</p>` +
      table(['班组', '坐席数', ...RATE_HEADERS], teams) +
      table(['工号', '姓名', '班组', ...RATE_HEADERS], agents, 3),
    '质量评分，不影响通话是否有效；质检员驳回的问题不计入。',
  );
}

/** 营销问题汇总 (continued): service-language findings found on two or more calls, with the calls. */
export function recurringFindingsBlock(r: WeeklyReport): string {
  const sl = r.serviceLanguage;
  if (!sl) return '';
  const items = sl.recurring.map((f) => {
    const links = f.examples
      .map((e) => `<a class="call" href="${esc(e.url)}">通话 #${e.callId}</a>`)
      .join('、');
    const what = f.phrase ? `${f.label}“${f.phrase}”` : f.label;
    return (
      `<li><b>${esc(what)}</b>：${int(f.calls)} 通通话、共 ${int(f.findings)} 次。` +
      (links ? `示例：${links}` : '') +
      '</li>'
    );
  });
  return (
    '<p class="note">反复出现的服务用语问题（本周两通及以上通话出现，质检员驳回的不计）：</p>' +
    (items.length
      ? `<ol class="problems">${items.join('')}</ol>`
      : '<p>本周没有在两通以上通话中反复出现的服务用语问题。</p>')
  );
}

/** The definitions at the end of the page. */
export const SERVICE_LANGUAGE_DEFINITIONS: [string, string][] = [
  [
    '服务用语评分 / 平均分',
    '每通有坐席发言的通话按问候语、礼貌用语、结束语、服务禁语和打断客户自动评分（0–100），质检员驳回的问题不扣分；平均分为本周（按通话日期，各类通话）有评分通话的平均。',
  ],
  ['禁语率', '含至少一处未被驳回的服务禁语的通话数 ÷ 有评分的通话数。'],
  [
    '反复出现的问题',
    '同一类问题（服务禁语按说出的词）在本周两通及以上通话中出现，按通话数排序，最多 10 项。',
  ],
];
