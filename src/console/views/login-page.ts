import { htmlDocument } from './layout.js';
import { html } from './html.js';

/** The public sign-in page at `/`: username and password of the person's account. */
export function loginPage(next: string | null): string {
  const body = html`<main class="login">
    <form id="login-form" class="panel login-card">
      <h1>外呼质检控制台</h1>
      <p class="muted">质检员、质量主管、营销经理与审计人员使用。</p>
      <label for="username">用户名</label>
      <input
        id="username"
        name="username"
        autocomplete="username"
        required
        autofocus
        spellcheck="false"
        autocapitalize="none"
      />
      <label for="password">密码</label>
      <input
        id="password"
        name="password"
        type="password"
        autocomplete="current-password"
        required
      />
      <input type="hidden" id="next" value="${next ?? ''}" />
      <p id="login-error" class="error" role="alert" hidden></p>
      <button type="submit" class="button primary wide">登录</button>
      <p class="hint">
        会话只保存在本站的 httpOnly Cookie
        中，页面脚本无法读取；长时间不操作会自动退出，点击“退出”立即失效。
      </p>
    </form>
  </main>`;
  return htmlDocument('登录', body, html`data-page="login"`, ['console.js', 'login.js']);
}
