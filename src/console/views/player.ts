import { html, type Html } from './html.js';

const SPEEDS = [1, 1.25, 1.5, 1.75, 2];

/**
 * The player and transcript panels of a call, shared by the pages that show
 * one: the review page and the call page.
 *
 * The audio player's markup, driven by review-player-js (QA.player): the ids
 * are its contract. `noAudio` is what the page says when the call has no
 * recording (the review page asks to judge from the transcript instead).
 */
export function playerPanel(noAudio: string): Html {
  return html`<section class="panel player" aria-label="录音播放器">
    <audio id="audio" preload="metadata"></audio>
    <div class="player-row">
      <button type="button" id="play" class="button primary play" aria-keyshortcuts="Space">
        播放
      </button>
      <button type="button" id="back" class="button" aria-keyshortcuts="ArrowLeft">−5 秒</button>
      <button type="button" id="fwd" class="button" aria-keyshortcuts="ArrowRight">+5 秒</button>
      <span id="time" class="time">00:00 / 00:00</span>
      <label class="speed"
        >倍速
        <select id="speed">
          ${SPEEDS.map((s) => html`<option value="${s}">${s}×</option>`)}
        </select>
      </label>
    </div>
    <div class="timeline" id="timeline">
      <div class="wave" aria-hidden="true">
        <canvas id="waveform"></canvas>
        <div class="markers" id="markers"></div>
      </div>
      <div class="turns" id="turns" aria-hidden="true"></div>
      <input type="range" id="seek" min="0" max="0" step="0.1" value="0" aria-label="播放进度" />
    </div>
    <p id="waveform-note" class="muted" hidden></p>
    <p id="audio-short" class="warning" role="alert" hidden></p>
    <p id="no-audio" class="muted" hidden>${noAudio}</p>
    <p id="evidence-status" class="visually-hidden" aria-live="polite"></p>
  </section>`;
}

/**
 * The transcript list that review-transcript-js (QA.transcript) fills, with its
 * evidence legend, its search (QA.transcriptSearch) and the button that makes
 * it follow the play head again after the reader scrolled away.
 */
export const transcriptPanel = html`<section
  class="panel transcript-panel"
  aria-label="通话文字记录"
>
  <div class="panel-head">
    <h2>通话文字记录</h2>
    <span class="legend" id="legend"></span>
  </div>
  <div class="transcript-tools">
    <label for="transcript-search">搜索</label>
    <input
      id="transcript-search"
      type="search"
      maxlength="100"
      placeholder="文字记录中的词语，回车跳到下一处"
    />
    <span id="search-count" class="muted" aria-live="polite"></span>
    <button type="button" id="follow" class="button" hidden>回到播放位置</button>
  </div>
  <ol id="transcript" class="transcript" aria-label="逐句文字记录：↑↓ 选择，Enter 从此句播放"></ol>
</section>`;
