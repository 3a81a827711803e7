import { html } from './html.js';
import { layout, type PageContext } from './layout.js';

/** One checklist criterion as the page shows it; qa passes its 合格工单界定标准 in. */
export interface CriterionLabel {
  key: string;
  name: string;
}

/** 工单质检: open work orders to review against the checklist, contested ones to decide. */
export function workOrdersPage(ctx: PageContext, criteria: readonly CriterionLabel[]): string {
  const body = html`<h1>工单质检</h1>
    <p class="muted">
      按合格工单界定标准逐项质检本周抽检的已结案投诉；不通过的项目须写明意见，退回处理人。
      处理人申诉的工单由另一位主管（非原质检人）裁定维持或改判。
    </p>
    <section class="panel" id="open" data-criteria="${JSON.stringify(criteria)}">
      <div class="panel-head">
        <h2>待质检工单 <span class="count" data-count></span></h2>
      </div>
      <div class="panel-body"><p class="muted">正在加载…</p></div>
    </section>
    <section class="panel" id="contested">
      <div class="panel-head">
        <h2>待裁定的申诉 <span class="count" data-count></span></h2>
      </div>
      <div class="panel-body"><p class="muted">正在加载…</p></div>
    </section>`;
  return layout(ctx, { page: 'workOrders', title: '工单质检', script: 'work-orders.js', body });
}
