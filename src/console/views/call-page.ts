import { html } from './html.js';
import { layout, type PageContext } from './layout.js';
import { playerPanel, transcriptPanel } from './player.js';

const section = (id: string, title: string) =>
  html`<section class="panel" id="${id}" aria-labelledby="${id}-title" hidden>
    <h2 id="${id}-title">${title}</h2>
    <div class="panel-body"></div>
  </section>`;

/**
 * Everything about one call on one page: the recording and transcript on the
 * left; the checker's verdict, every review and overturn, the trial, the
 * call-backs and (auditors) who listened on the right. The frame is drawn
 * here; call.js fills it from the API with the viewer's own rights.
 */
export function callPage(ctx: PageContext, callId: number): string {
  const body = html`<div
    class="call"
    id="call"
    data-call-id="${callId}"
    data-user-id="${ctx.user.id}"
  >
    <div class="review-head">
      <h1>通话 <span id="call-title" class="muted">#${callId}</span></h1>
      <div id="call-info" class="facts"></div>
    </div>
    <p id="call-error" class="panel error" role="alert" hidden></p>
    <div class="review-body call-body" id="call-body" hidden>
      <div class="col-main">
        ${playerPanel('录音缺失：此通话没有上传录音，只能依据文字记录。')} ${transcriptPanel}
      </div>
      <div class="col-side">
        ${section('verdict', '自动判定')} ${section('service', '服务用语')}
        ${section('reviews', '人工复核与推翻记录')} ${section('trial', '免费体验期与确认回访')}
        ${section('remedial', '回访修正任务')} ${section('listens', '录音收听记录')}
      </div>
    </div>
  </div>`;
  return layout(ctx, { page: 'call', title: `通话 #${callId}`, script: 'call.js', body });
}
