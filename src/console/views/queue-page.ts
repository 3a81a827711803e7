import { STANDARD_NAMES, STANDARDS } from '../../compliance/index.js';
import { html } from './html.js';
import { layout, type PageContext } from './layout.js';

const option = (value: string, label: string) => html`<option value="${value}">${label}</option>`;

/**
 * The filters map one to one onto the queue route's query (GET /api/qa/queue);
 * the script adds one tier option per call tier row (GET /api/qa/tiers).
 */
const filters = html`<form id="filters" class="inline-form filters" role="search">
  <label
    >抽查类型
    <select name="tier">
      ${option('', '全部')}
    </select></label
  >
  <label
    >抽中原因
    <select name="reason">
      ${option('', '全部')}${option('random', '随机抽查')}${option('recheck', '重点复查')}${option(
        'flagged',
        '自动标记',
      )}
    </select></label
  >
  <label
    >自动判定不通过
    <select name="failedStandard">
      ${option('', '不限')}${STANDARDS.map((s) => option(s, STANDARD_NAMES[s]))}
    </select></label
  >
  <label>坐席 <input type="text" name="agent" maxlength="32" placeholder="工号，如 A002" /></label>
  <label
    >超时
    <select name="overdue">
      ${option('', '全部')}${option('true', '仅已超时')}${option('false', '未超时')}
    </select></label
  >
  <label
    >排序
    <select name="sort">
      ${option('age', '抽中时间（最早在前）')}${option('due', '复核截止（最近在前）')}${option(
        'agent',
        '坐席工号',
      )}
    </select></label
  >
  <label
    >搜索 <input type="search" name="search" maxlength="64" placeholder="通话编号或坐席工号"
  /></label>
  <button type="submit" class="button">筛选</button>
  <button type="reset" class="button link" id="clear-filters">清除筛选</button>
</form>`;

/** The reviewer's open items, filtered and sorted by the API; overdue ones marked. */
export function queuePage(ctx: PageContext): string {
  const body = html`<div class="page-head">
      <h1>我的质检队列</h1>
      <a class="button primary" id="start" href="/console/review">从第一条开始复核</a>
    </div>
    <div class="cards" id="counts"><p class="muted">正在加载…</p></div>
    <section class="panel">${filters}</section>
    <section class="panel">
      <p class="muted" id="queue-summary" aria-live="polite"></p>
      <table class="data" id="queue-table">
        <thead>
          <tr>
            <th>#</th>
            <th>抽查批次</th>
            <th>抽中原因</th>
            <th>通话</th>
            <th>坐席</th>
            <th>产品</th>
            <th>通话时间</th>
            <th>自动判定</th>
            <th>复核截止</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td colspan="10" class="muted">正在加载…</td>
          </tr>
        </tbody>
      </table>
    </section>`;
  return layout(ctx, { page: 'queue', title: '我的质检队列', script: 'queue.js', body });
}
