import type { Role } from '../../common/access/roles.js';
import { html, type Html } from './html.js';
import { layout, type PageContext } from './layout.js';
import { weekTitle } from './weeks.js';

/** Who may read each list; the same roles as the API route behind it (admin always). */
const CAN_SEE = {
  confirmations: ['supervisor'], // GET /api/confirmations/due
  remedial: ['inspector', 'supervisor', 'auditor'], // GET /api/qa/remedial-tasks
  complaints: ['inspector', 'supervisor', 'campaign_manager', 'auditor'], // GET /api/complaints/overdue
  workOrders: ['inspector', 'supervisor', 'campaign_manager'], // GET /api/qa/work-orders/mine
} satisfies Record<string, Role[]>;

const canSee = (role: Role, what: keyof typeof CAN_SEE) =>
  role === 'admin' || (CAN_SEE[what] as Role[]).includes(role);

function listPanel(id: string, title: string, note: string): Html {
  return html`<section class="panel" id="${id}" aria-live="polite">
    <div class="panel-head">
      <h2>${title} <span class="count" data-count></span></h2>
      <span class="muted">${note}</span>
    </div>
    <div class="panel-body"><p class="muted">正在加载…</p></div>
  </section>`;
}

/** This week's figures and 8-week trend from the weekly report's JSON, then today's open work. */
export function dashboardPage(ctx: PageContext): string {
  const role = ctx.user.role;
  const body = html`<h1>仪表盘</h1>
    <section class="panel" id="week" data-week="${ctx.thisWeek}">
      <div class="panel-head">
        <h2>本周概况 <small>${weekTitle(ctx.thisWeek)}（进行中）</small></h2>
        <span
          ><a href="/reports/weekly/${ctx.thisWeek}">本周报表</a> ·
          <a href="/reports/weekly/${ctx.lastWeek}">上周周报</a></span
        >
      </div>
      <div class="cards" id="figures"><p class="muted">正在加载…</p></div>
    </section>
    <section class="panel">
      <div class="panel-head">
        <h2>近 8 周趋势</h2>
        <span class="muted">每周一至周日，按中心所在时区</span>
      </div>
      <div class="charts">
        <figure id="chart-volume"></figure>
        <figure id="chart-rates"></figure>
      </div>
    </section>
    <div class="lists">
      ${canSee(role, 'confirmations') ? listPanel('confirmations', '今日待确认回访', '体验期业务扣费前的 2 次确认') : ''}
      ${canSee(role, 'remedial') ? listPanel('remedial', '待完成的回访修正', '复核不合格的通话须回访修正') : ''}
      ${canSee(role, 'complaints') ? listPanel('complaints', '超时投诉', '已超过首次联系或办结时限') : ''}
      ${canSee(role, 'workOrders') ? listPanel('work-orders', '我的不合格工单', '工单质检未通过的投诉，可申诉一次') : ''}
    </div>
    <section class="panel" id="work-order-handlers" data-week="${ctx.lastWeek}" aria-live="polite">
      <div class="panel-head">
        <h2>上周工单质检 <small>${weekTitle(ctx.lastWeek)}</small></h2>
        <span class="muted">按处理人：合格率、申诉与改判（周报同源）</span>
      </div>
      <div class="panel-body"><p class="muted">正在加载…</p></div>
    </section>`;
  return layout(ctx, { page: 'dashboard', title: '仪表盘', script: 'dashboard.js', body });
}
