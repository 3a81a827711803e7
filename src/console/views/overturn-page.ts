import { html } from './html.js';
import { layout, type PageContext } from './layout.js';

/** Supervisors find a call's reviews and replace one's verdict, giving a reason. */
export function overturnPage(ctx: PageContext): string {
  const body = html`<div class="page-head">
      <h1>推翻复核结论</h1>
      <form id="find" class="inline-form">
        <label
          >通话编号 <input type="number" id="call-id" min="1" required placeholder="例如 42"
        /></label>
        <button type="submit" class="button">查找复核</button>
      </form>
    </div>
    <p class="muted">
      推翻后原结论保留为历史；新结论不合格时自动生成回访修正任务，改为合格时撤销原任务和处罚。
    </p>
    <div id="reviews"></div>`;
  return layout(ctx, { page: 'overturn', title: '推翻', script: 'overturn.js', body });
}
