/** Overturn: a call's reviews, and for each standing one a form to replace its verdict with a reason. */
export const overturnJs = String.raw`
(function () {
  'use strict';
  var el = QA.el, fmt = QA.fmt, L = QA.labels;
  var STANDARDS = QA.standards;
  var input = document.getElementById('call-id');
  var box = document.getElementById('reviews');

  function verdicts(rules) {
    return el('span', {}, STANDARDS.map(function (s) {
      return el('span', {}, [L.standards[s] + ' ', QA.badge(rules[s], L.result[rules[s]] || rules[s]), ' ']);
    }));
  }

  function overturnForm(review) {
    var error = el('p', { class: 'error', role: 'alert', hidden: true });
    var choices = STANDARDS.map(function (s) {
      return el('label', {}, [L.standards[s] + ' ', el('select', { name: s, 'aria-label': L.standards[s] }, ['pass', 'fail'].map(function (v) {
        return el('option', { value: v, selected: review.rules[s] === v, text: L.result[v] });
      }))]);
    });
    var reason = el('input', { type: 'text', name: 'reason', required: true, maxlength: 2000, placeholder: '必填：推翻的理由（例如录音第40秒已确认机主本人）' });
    var form = el('form', { class: 'inline-form' }, choices.concat([
      el('label', {}, ['理由 ', reason]),
      el('button', { type: 'submit', class: 'button danger', text: '推翻并改判' }),
    ]));
    form.addEventListener('submit', async function (e) {
      e.preventDefault();
      error.hidden = true;
      var rules = {};
      STANDARDS.forEach(function (s) { rules[s] = form.elements[s].value; });
      try {
        await QA.api('/api/qa/reviews/' + review.id + '/overturn', { method: 'POST', body: { rules: rules, reason: reason.value.trim() } });
        QA.flash('已推翻复核 #' + review.id + '，新结论已生效。');
        load();
      } catch (err) { QA.showError(error, err); }
    });
    return el('div', {}, [form, error]);
  }

  function reviewPanel(r) {
    var current = r.status === 'current';
    return el('section', { class: 'panel', dataset: { reviewId: r.id } }, [
      el('div', { class: 'panel-head' }, [
        el('h2', {}, ['复核 #' + r.id + ' ', QA.badge(r.passed ? 'pass' : 'fail', r.passed ? '合格' : '不合格'), ' ',
          QA.badge('neutral', current ? '当前有效' : '已被推翻')]),
        el('span', { class: 'muted', text: (L.tier[r.tier] || r.tier) + ' · ' + r.reviewer.name + ' · ' + fmt.time(r.createdAt) }),
      ]),
      el('p', {}, verdicts(r.rules)),
      r.notes ? el('p', { text: '备注：' + r.notes }) : null,
      el('p', {}, QA.callLink(r.callId, '在通话页查看录音、文字记录和全部复核 →')),
      r.overturnReason ? el('p', { text: '推翻理由（推翻了 #' + r.overturnsReviewId + '）：' + r.overturnReason }) : null,
      current ? overturnForm(r) : null,
    ]);
  }

  async function load() {
    var ref = input.value.trim();
    if (!ref) return;
    // An external id (FX-0029) is not a number: its call page resolves it and has the same overturn.
    if (!/^[0-9]+$/.test(ref)) { location.href = '/console/calls/' + encodeURIComponent(ref); return; }
    var id = Number(ref);
    history.replaceState(null, '', '?callId=' + id);
    try {
      var reviews = await QA.api('/api/qa/reviews?callId=' + id);
      QA.replace(box, reviews.length ? reviews.map(reviewPanel)
        : el('p', { class: 'panel muted' }, ['通话 ', QA.callLink(id), ' 还没有复核。']));
    } catch (err) {
      QA.replace(box, el('p', { class: 'panel error', text: err.message }));
    }
  }

  document.getElementById('find').addEventListener('submit', function (e) { e.preventDefault(); load(); });
  var initial = new URLSearchParams(location.search).get('callId');
  if (initial) { input.value = initial; load(); }
})();
`;
