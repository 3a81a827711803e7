import type { Principal } from '../../common/access/principal.js';
import { htmlDocument } from './layout.js';
import { html } from './html.js';

/** A readable page for a refused or failed console request (the API itself answers JSON). */
export function errorPage(status: number, message: string, user?: Principal): string {
  const title = status === 403 ? '无权访问' : status === 404 ? '页面不存在' : '出错了';
  const body = html`<main class="login">
    <section class="panel login-card">
      <h1>${title}</h1>
      <p>${message}</p>
      <p>${user ? html`<a href="/console">返回仪表盘</a> · ` : ''}<a href="/">重新登录</a></p>
    </section>
  </main>`;
  return htmlDocument(title, body, html`data-page="error"`, ['console.js']);
}
