import { html } from './html.js';
import { layout, type PageContext } from './layout.js';

/** The reviewer's open items, oldest first, overdue ones marked. */
export function queuePage(ctx: PageContext): string {
  const body = html`<div class="page-head">
      <h1>我的质检队列</h1>
      <a class="button primary" id="start" href="/console/review">从最早一条开始复核</a>
    </div>
    <div class="cards" id="counts"><p class="muted">正在加载…</p></div>
    <section class="panel">
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
