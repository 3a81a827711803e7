import { html } from './html.js';
import { pager } from './pager.js';
import { layout, type PageContext } from './layout.js';

const browse = html`<section class="panel" id="browse">
  <div class="panel-head">
    <h2>黑名单列表 <small id="browse-summary" aria-live="polite"></small></h2>
    <div class="actions">
      <a class="button" id="export" href="/api/blacklist/export" download="blacklist.csv"
        >导出 CSV</a
      >
    </div>
  </div>
  <form id="browse-form" class="inline-form" role="search">
    <label
      >筛选
      <input
        type="search"
        id="browse-search"
        maxlength="40"
        placeholder="任意写法的完整号码，或号码中的几位数字"
    /></label>
    <button type="submit" class="button">筛选</button>
  </form>
  <p id="browse-error" class="error" role="alert" hidden></p>
  <table class="data" id="browse-table">
    <thead>
      <tr>
        <th>号码</th>
        <th>加入时间</th>
        <th>原因</th>
        <th>来源</th>
        <th>投诉</th>
      </tr>
    </thead>
    <tbody></tbody>
  </table>
  ${pager}
</section>`;

const importPanel = html`<section class="panel" id="import">
  <h2>导入名单（CSV）</h2>
  <form id="import-form" class="inline-form" novalidate>
    <input type="file" id="import-file" accept=".csv,text/csv" class="file-input" />
    <label for="import-file" class="button">选择 CSV 文件</label>
    <span id="import-name" class="muted">未选择文件</span>
    <button type="submit" class="button primary" id="import-button">导入</button>
  </form>
  <p class="muted">
    第一列或名为 phone 的列为号码，可选 reason 列为原因；已在名单中的号码不变，无效号码逐行列出。
  </p>
  <p id="import-error" class="error" role="alert" hidden></p>
  <div id="import-report" class="import-report"></div>
</section>`;

/**
 * Browse the active list (any spelling or some digits, a page at a time),
 * import a carrier's CSV and export the list; look a number up, add or remove
 * it with a reason, see its history. Numbers are shown as the API returns them.
 */
export function blacklistPage(ctx: PageContext): string {
  const body = html`<h1>黑名单</h1>
    <section class="panel">
      <h2>查询号码</h2>
      <form id="search" class="inline-form">
        <label
          >号码
          <input
            type="search"
            id="phone"
            required
            maxlength="40"
            placeholder="任意写法：+86 138 0013 8000、0086-13800138000、138-0013-8000"
        /></label>
        <button type="submit" class="button primary">查询</button>
      </form>
      <p id="search-error" class="error" role="alert" hidden></p>
    </section>
    <section class="panel" id="result" hidden>
      <div class="panel-head">
        <h2>号码 <span id="result-phone"></span></h2>
        <span id="result-status"></span>
      </div>
      <p id="result-detail"></p>
      <form id="change" class="inline-form">
        <label
          >原因
          <input
            type="text"
            id="reason"
            required
            maxlength="500"
            placeholder="必填：加入或移出的原因"
        /></label>
        <button type="submit" class="button" id="change-button">加入黑名单</button>
      </form>
      <p id="change-error" class="error" role="alert" hidden></p>
      <h3>历史记录</h3>
      <table class="data" id="history">
        <thead>
          <tr>
            <th>时间</th>
            <th>操作</th>
            <th>原因</th>
            <th>来源</th>
            <th>操作人</th>
            <th>投诉</th>
          </tr>
        </thead>
        <tbody></tbody>
      </table>
    </section>
    ${browse} ${importPanel}`;
  return layout(ctx, { page: 'blacklist', title: '黑名单', script: 'blacklist.js', body });
}
