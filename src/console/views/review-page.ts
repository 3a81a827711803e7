import { html } from './html.js';
import { layout, type PageContext } from './layout.js';
import { playerPanel, transcriptPanel } from './player.js';
import { STANDARD_DESCRIPTIONS, STANDARD_NAMES, STANDARDS } from '../../compliance/index.js';

const checklist = html`<form class="panel checklist" id="checklist" novalidate>
  <h2>四项标准 <small class="muted">自动判定与人工复核</small></h2>
  ${STANDARDS.map(
    (s, i) =>
      html`<fieldset class="std" id="std-${s}" data-standard="${s}">
        <legend>
          <kbd>${i + 1}</kbd> ${STANDARD_NAMES[s]}
          <span class="muted">${STANDARD_DESCRIPTIONS[s]}</span>
        </legend>
        <div class="choice" role="radiogroup" aria-label="${STANDARD_NAMES[s]}：人工判定">
          <label class="pass"><input type="radio" name="${s}" value="pass" /> 通过</label>
          <label class="fail"><input type="radio" name="${s}" value="fail" /> 不通过</label>
        </div>
        <span class="decision pending" id="decision-${s}" aria-live="polite">未判定</span>
        <div class="auto" id="auto-${s}"></div>
      </fieldset>`,
  )}
  <label for="notes" class="field-label">备注</label>
  <textarea
    id="notes"
    rows="2"
    maxlength="4000"
    placeholder="复核意见；任一项不通过时必填，写明原因"
  ></textarea>
  <div class="comments">
    <label for="comment-text" class="field-label">时间点评论</label>
    <ol id="comments" class="comment-list"></ol>
    <div class="comment-add">
      <input
        id="comment-text"
        type="text"
        maxlength="2000"
        placeholder="针对当前播放位置的评论，回车添加"
      />
      <button type="button" id="comment-add" class="button">
        添加于 <span id="comment-at">00:00</span>
      </button>
    </div>
  </div>
  <div class="submit-bar">
    <p id="submit-error" class="error" role="alert" hidden></p>
    <button type="submit" class="button primary wide" id="submit">提交并打开下一条（Enter）</button>
  </div>
</form>`;

/** The review workspace: player and transcript on the left, verdicts and checklist on the right. */
export function reviewPage(ctx: PageContext, itemId: number | null): string {
  const body = html`<div
    class="review"
    id="review"
    data-item-id="${itemId ?? ''}"
    data-user-id="${ctx.user.id}"
  >
    <div class="review-head">
      <h1>复核 <span id="item-title" class="muted"></span></h1>
      <div id="call-info" class="facts"></div>
    </div>
    <section id="review-empty" class="panel" hidden></section>
    <div class="review-body" id="review-body" hidden>
      <div class="col-main">
        ${playerPanel('此通话没有录音（录音缺失），无法证明客户同意；请依据文字记录复核。')}
        ${transcriptPanel}
      </div>
      <div class="col-side">
        ${checklist}
        <p class="keys">
          快捷键：<kbd>空格</kbd> 播放/暂停 · <kbd>←</kbd> <kbd>→</kbd> 后退/前进 5 秒 ·
          <kbd>1</kbd>–<kbd>4</kbd> 判定标准（通过/不通过切换） · <kbd>[</kbd>
          <kbd>]</kbd> 该标准的上一处/下一处依据 · <kbd>Enter</kbd> 提交（四项均须判定）· 文字记录中
          <kbd>↑</kbd> <kbd>↓</kbd> 选句、<kbd>Enter</kbd> 从此句播放
        </p>
        <section class="panel" id="service" aria-labelledby="service-title" hidden>
          <h2 id="service-title">服务用语</h2>
          <div class="panel-body"></div>
        </section>
      </div>
    </div>
  </div>`;
  return layout(ctx, { page: 'review', title: '复核', script: 'review.js', body });
}
