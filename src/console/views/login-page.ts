import { htmlDocument } from './layout.js';
import { html } from './html.js';

/** The public sign-in page at `/`: paste the API token an admin issued. */
export function loginPage(next: string | null): string {
  const body = html`<main class="login">
    <form id="login-form" class="panel login-card" autocomplete="off">
      <h1>外呼质检控制台</h1>
      <p class="muted">质检员、质量主管、营销经理与审计人员使用。</p>
      <label for="token">API 令牌</label>
      <input
        id="token"
        name="token"
        type="password"
        required
        autofocus
        spellcheck="false"
        placeholder="粘贴管理员发给您的令牌（以 qat_ 开头）"
      />
      <input type="hidden" id="next" value="${next ?? ''}" />
      <p id="login-error" class="error" role="alert" hidden></p>
      <button type="submit" class="button primary wide">登录</button>
      <p class="hint">
        令牌只保存在本站的 httpOnly Cookie 中，页面脚本无法读取；点击“退出”即清除。
      </p>
    </form>
  </main>`;
  return htmlDocument('登录', body, html`data-page="login"`, ['console.js', 'login.js']);
}
