import type { Principal } from '../../common/access/principal.js';
import { navFor, ROLE_LABELS, type PageKey } from '../nav.js';
import { html, type Html } from './html.js';

/** What every signed-in page needs to draw its frame. */
export interface PageContext {
  user: Principal;
  timeZone: string;
  /** The running ISO week (dashboard) and the last complete one (the 周报 link). */
  thisWeek: string;
  lastWeek: string;
}

export interface PageSpec {
  page: PageKey;
  title: string;
  /** The page's script under /console/assets/, run after the shared console.js. */
  script: string;
  body: Html;
}

export function htmlDocument(title: string, body: Html, bodyData: Html, scripts: string[]): string {
  return html`<!doctype html>
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · 外呼质检控制台</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="/console/assets/console.css" />
        ${scripts.map((s) => html`<script src="/console/assets/${s}" defer></script>`)}
      </head>
      <body ${bodyData}>
        ${body}
        <noscript><p class="noscript">本控制台需要启用 JavaScript。</p></noscript>
      </body>
    </html> `.value;
}

/** A signed-in page: top bar with the role's navigation, then the page. */
export function layout(ctx: PageContext, spec: PageSpec): string {
  const links = navFor(ctx.user.role, ctx.lastWeek);
  const nav = links.map((l) =>
    l.key === spec.page
      ? html`<a href="${l.href}" class="active" aria-current="page">${l.label}</a>`
      : html`<a href="${l.href}">${l.label}</a>`,
  );
  const body = html`<header class="topbar">
      <a class="brand" href="/console">外呼质检控制台</a>
      <nav aria-label="主导航">${nav}</nav>
      <div class="who">
        <span class="name">${ctx.user.name}</span
        ><span class="role">${ROLE_LABELS[ctx.user.role]}</span
        ><button type="button" id="logout" class="link">退出</button>
      </div>
    </header>
    <div id="flash" class="flash" role="status" hidden></div>
    <main id="main" class="page-${spec.page}">${spec.body}</main>`;
  const data = html`data-page="${spec.page}" data-role="${ctx.user.role}" data-tz="${ctx.timeZone}"`;
  return htmlDocument(spec.title, body, data, ['console.js', spec.script]);
}
