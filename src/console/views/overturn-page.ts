import { html } from './html.js';
import { layout, type PageContext } from './layout.js';

/** Supervisors find a call's reviews and replace one's verdict, giving a reason. */
export function overturnPage(ctx: PageContext): string {
  const body = html`<div class="page-head">
      <h1>推翻复核结论</h1>
      <form id="find" class="inline-form">
        <label
          >通话编号或外部编号
          <input type="text" id="call-id" required maxlength="64" placeholder="例如 42 或 FX-0029"
        /></label>
        <button type="submit" class="button">查找复核</button>
      </form>
    </div>
    <p class="muted">
      推翻后原结论保留为历史；新结论不合格时自动生成回访修正任务，改为合格时撤销原任务和处罚。
      输入外部编号时打开该通话的通话页，在那里查看录音和文字记录后推翻。
    </p>
    <div id="reviews"></div>`;
  return layout(ctx, { page: 'overturn', title: '推翻', script: 'overturn.js', body });
}
