import { html } from './html.js';
import { layout, type PageContext } from './layout.js';

/**
 * Agreement between reviewers and the automatic checker, per standard and per
 * reviewer; each disagreement count opens the calls behind it (the drill-down).
 */
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
    </section>
    <section class="panel" id="drill" hidden aria-live="polite">
      <div class="panel-head">
        <h2 id="drill-title">分歧通话</h2>
        <button type="button" class="button" id="drill-close">收起</button>
      </div>
      <p class="muted">
        点击通话打开其通话页，查看录音、文字记录和全部复核。最多列出最近 500 份复核。
      </p>
      <div id="drill-list"></div>
    </section>`;
  return layout(ctx, { page: 'calibration', title: '校准', script: 'calibration.js', body });
}
