/**
 * The agent's service-language score (文明用语 / 服务禁语) as a panel: the score
 * and each finding with its turn, linked into the transcript, and the
 * inspectors' decision on it. Shared by the call page and the review page. A
 * quality score shown beside the four standards, never one of them: the panel
 * says so. Reviewers (inspector, supervisor, admin) confirm or dismiss each
 * finding, with an optional note; a dismissed one no longer counts.
 */
export const serviceLanguageJs = String.raw`
(function () {
  'use strict';
  var el = QA.el;
  var KIND = { greeting: '缺少问候语', polite_address: '礼貌用语不足', closing: '缺少结束语', taboo: '服务禁语', interruption: '打断客户' };
  var DECISION = { confirmed: '已确认', dismissed: '已驳回' };

  function jumpTo(segment) {
    var start = QA.transcript.segmentStart(segment);
    if (start !== null) QA.player.seekTo(start);
    QA.transcript.flashSegment(segment);
  }

  function decisionLine(d) {
    if (!d) return el('div', { class: 'sl-decision muted', text: '尚未确认' });
    return el('div', { class: 'sl-decision ' + d.decision }, [
      el('b', { text: DECISION[d.decision] || d.decision }),
      el('span', { class: 'muted', text: ' · ' + (d.decidedBy.name || '—') + ' · ' + QA.fmt.time(d.decidedAt) }),
      d.note ? el('div', { class: 'sl-note', text: '备注：' + d.note }) : null,
    ]);
  }

  /** Confirm / dismiss buttons with an optional note; the answer re-draws the panel. */
  function decideForm(box, callId, f) {
    var note = el('input', { type: 'text', maxlength: 2000, class: 'sl-note-input', placeholder: '备注（可选）', 'aria-label': '备注（可选）', value: f.decision && f.decision.note ? f.decision.note : '' });
    var error = el('p', { class: 'error', role: 'alert', hidden: true });
    function send(decision, button) {
      button.disabled = true;
      QA.api('/api/calls/' + callId + '/service-language/decisions', {
        method: 'POST',
        body: { key: f.key, decision: decision, note: note.value.trim() || undefined },
      }).then(function (view) { render(box, view, callId, true); })
        .catch(function (err) { button.disabled = false; QA.showError(error, err); });
    }
    var confirm = el('button', { type: 'button', class: 'button', text: '确认', onclick: function () { send('confirmed', confirm); } });
    var dismiss = el('button', { type: 'button', class: 'button', text: '驳回', onclick: function () { send('dismissed', dismiss); } });
    return el('div', { class: 'sl-decide' }, [note, ' ', confirm, ' ', dismiss, error]);
  }

  function render(box, view, callId, mayDecide) {
    var findings = view.findings.map(function (f) {
      var dismissed = f.decision && f.decision.decision === 'dismissed';
      return el('li', { class: dismissed ? 'dismissed' : null, dataset: { kind: f.kind, key: f.key || '' } }, [
        el('button', { type: 'button', class: 'ev-link', text: '第' + (f.segment + 1) + '句', title: '跳到第 ' + (f.segment + 1) + ' 句', onclick: function () { jumpTo(f.segment); } }),
        ' ', el('b', { text: KIND[f.kind] || f.kind }), '：', f.reason,
        f.text ? el('q', { text: f.text }) : null,
        f.key ? decisionLine(f.decision) : null,
        f.key && mayDecide ? decideForm(box, callId, f) : null,
      ]);
    });
    var counted = view.countedScore !== undefined && view.countedScore !== view.score
      ? el('span', { class: 'sl-counted', text: '（驳回后计 ' + view.countedScore + ' 分）' }) : null;
    QA.replace(box.querySelector('.panel-body'), [
      el('p', {}, ['评分：', el('b', { class: 'sl-score', text: view.score === null ? '无法评分' : String(view.score) }), counted,
        el('span', { class: 'muted', text: ' 满分 100；质量评分，不影响通话是否有效' })]),
      findings.length ? el('ul', { class: 'sl-findings' }, findings) : el('p', { class: 'muted', text: '未发现问题。' }),
    ]);
    box.hidden = false;
  }

  /**
   * Fills the panel (a section with a .panel-body) and shows it; hides it when the call has no score.
   * The findings and their decisions come from the call's own route; until then (or if it fails)
   * the verdict's findings are shown without them.
   */
  function show(box, sl, callId, mayDecide) {
    if (!box) return;
    if (!sl) { box.hidden = true; return; }
    render(box, { score: sl.score, findings: sl.findings }, callId, false);
    if (!callId) return;
    QA.api('/api/calls/' + callId + '/service-language')
      .then(function (view) { render(box, view, callId, mayDecide); })
      .catch(function () { /* the verdict's findings stay shown */ });
  }

  QA.serviceLanguage = { show: show };
})();
`;
