import { html } from './html.js';
import { layout, type PageContext } from './layout.js';

/** Look a number up in any spelling, add or remove it with a reason, see its history. */
export function blacklistPage(ctx: PageContext): string {
  const body = html`<h1>黑名单</h1>
    <section class="panel">
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
    </section>`;
  return layout(ctx, { page: 'blacklist', title: '黑名单', script: 'blacklist.js', body });
}
