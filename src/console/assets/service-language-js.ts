/**
 * The agent's service-language score (文明用语 / 服务禁语) as a panel: the score
 * and each finding with its turn, linked into the transcript. Shared by the
 * call page and the review page. A quality score shown beside the four
 * standards, never one of them: the panel says so.
 */
export const serviceLanguageJs = String.raw`
(function () {
  'use strict';
  var el = QA.el;
  var KIND = { greeting: '缺少问候语', polite_address: '礼貌用语不足', closing: '缺少结束语', taboo: '服务禁语', interruption: '打断客户' };

  function jumpTo(segment) {
    var start = QA.transcript.segmentStart(segment);
    if (start !== null) QA.player.seekTo(start);
    QA.transcript.flashSegment(segment);
  }

  /** Fills the panel (a section with a .panel-body) and shows it; hides it when the call has no score. */
  function show(box, sl) {
    if (!box) return;
    if (!sl) { box.hidden = true; return; }
    var findings = sl.findings.map(function (f) {
      return el('li', { dataset: { kind: f.kind } }, [
        el('button', { type: 'button', class: 'ev-link', text: '第' + (f.segment + 1) + '句', title: '跳到第 ' + (f.segment + 1) + ' 句', onclick: function () { jumpTo(f.segment); } }),
        ' ', el('b', { text: KIND[f.kind] || f.kind }), '：', f.reason,
        f.text ? el('q', { text: f.text }) : null,
      ]);
    });
    QA.replace(box.querySelector('.panel-body'), [
      el('p', {}, ['评分：', el('b', { class: 'sl-score', text: sl.score === null ? '无法评分' : String(sl.score) }),
        el('span', { class: 'muted', text: ' 满分 100；质量评分，不影响通话是否有效' })]),
      findings.length ? el('ul', { class: 'sl-findings' }, findings) : el('p', { class: 'muted', text: '未发现问题。' }),
    ]);
    box.hidden = false;
  }

  QA.serviceLanguage = { show: show };
})();
`;
