import { html } from './html.js';
import { layout, type PageContext } from './layout.js';

/**
 * Upload a dial list, watch it being filtered, read the counts, download what
 * may be dialled. The native file button reads "Choose File" in an English
 * browser, so a Chinese label stands in for it.
 */
export function dialListsPage(ctx: PageContext): string {
  const body = html`<h1>拨号名单</h1>
    <section class="panel">
      <form id="upload" class="inline-form" novalidate>
        <input
          type="file"
          id="file"
          name="file"
          accept=".csv,text/csv"
          required
          class="file-input"
        />
        <label for="file" class="button">选择 CSV 文件</label>
        <span id="file-name" class="muted">未选择文件</span>
        <button type="submit" class="button primary" id="upload-button">上传并过滤</button>
      </form>
      <p class="muted">
        第一列或名为 phone
        的列为号码。号码统一规范化后去重，剔除无效号码和黑名单号码；下载时按当时的黑名单再核对一次。
      </p>
      <p id="upload-error" class="error" role="alert" hidden></p>
    </section>
    <section class="panel" id="list" hidden>
      <div class="panel-head">
        <h2>名单 <span id="list-title"></span></h2>
        <span id="list-status"></span>
      </div>
      <div class="progress">
        <progress id="progress" max="100" value="0"></progress><span id="progress-text">0%</span>
      </div>
      <div class="cards" id="counts"></div>
      <p><a class="button primary" id="download" hidden>下载可拨打名单（CSV）</a></p>
    </section>`;
  return layout(ctx, { page: 'dialLists', title: '拨号名单', script: 'dial-lists.js', body });
}
