import { html } from './html.js';
import { layout, type PageContext } from './layout.js';

/** Agreement between reviewers and the automatic checker, per standard and per reviewer. */
export function calibrationPage(ctx: PageContext): string {
  const body = html`<div class="page-head">
      <h1>校准</h1>
      <form id="range" class="inline-form">
        <label>从 <input type="date" id="from" name="from" /></label>
        <label>至 <input type="date" id="to" name="to" /></label>
        <button type="submit" class="button">查询</button>
      </form>
    </div>
    <p class="muted">
      比较人工复核与自动判定：一致率 = 一致 ÷（一致 +
      不一致）。自动判定“无法判断”单独计数，不算分歧。默认最近 30 天。
    </p>
    <div class="cards" id="overall"><p class="muted">正在加载…</p></div>
    <section class="panel">
      <h2>按标准</h2>
      <div id="by-standard"></div>
    </section>
    <section class="panel">
      <h2>按复核人</h2>
      <div id="by-reviewer"></div>
    </section>`;
  return layout(ctx, { page: 'calibration', title: '校准', script: 'calibration.js', body });
}
