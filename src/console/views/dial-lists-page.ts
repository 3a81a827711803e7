import { html } from './html.js';
import { pager } from './pager.js';
import { layout, type PageContext } from './layout.js';

/**
 * Upload a dial list, watch it being filtered, read the counts, download what
 * may be dialled and what was dropped (with the reason); the upload history
 * below lists every list with who uploaded it and its counts. The native file button reads "Choose File" in an English
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
      <p>
        <a class="button primary" id="download" hidden>下载可拨打名单（CSV）</a>
        <a class="button" id="download-rejected" hidden>下载被剔除的行（CSV：行号、号码、原因）</a>
      </p>
    </section>
    <section class="panel" id="history">
      <h2>上传记录</h2>
      <table class="data" id="history-table">
        <thead>
          <tr>
            <th>编号</th>
            <th>文件名</th>
            <th>上传人</th>
            <th>上传时间</th>
            <th>状态</th>
            <th class="num">输入行数</th>
            <th class="num">可拨打</th>
            <th class="num">黑名单</th>
            <th class="num">无效</th>
            <th class="num">重复</th>
            <th></th>
          </tr>
        </thead>
        <tbody></tbody>
      </table>
      ${pager}
    </section>`;
  return layout(ctx, { page: 'dialLists', title: '拨号名单', script: 'dial-lists.js', body });
}
