import { html } from './html.js';

/** Previous / next page with the range shown; QA.pager (common-js) fills and wires it. */
export const pager = html`<div class="pager">
  <button type="button" class="button" id="prev-page">上一页</button>
  <span id="page-info" class="muted"></span>
  <button type="button" class="button" id="next-page">下一页</button>
</div>`;
