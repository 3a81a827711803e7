/** 工单质检: review open work orders per criterion; decide contested ones (a second supervisor). */
export const workOrdersJs = String.raw`
(function () {
  'use strict';
  var el = QA.el, fmt = QA.fmt;
  var openPanel = document.getElementById('open');
  var CRITERIA = JSON.parse(openPanel.dataset.criteria);
  var FLAG = { reopened: '不满意重启', first_contact: '首次联系超时', resolution: '处理超时' };

  function facts(w) {
    var flags = w.flags.map(function (f) { return FLAG[f] || f; }).join('、');
    return el('p', {}, [
      el('a', { href: w.complaintUrl, text: '投诉 #' + w.complaintId }),
      ' · 处理人：' + w.handler.name + ' · ' + (w.reason === 'flagged' ? '必检：' + flags : '随机抽检') +
        ' · 质检期限：' + fmt.time(w.dueAt),
    ]);
  }

  function reviewForm(w) {
    var error = el('p', { class: 'error', role: 'alert', hidden: true });
    var rows = CRITERIA.map(function (c) {
      return el('tr', {}, [
        el('td', { text: c.name }),
        el('td', {}, el('select', { name: c.key, 'aria-label': c.name }, [
          el('option', { value: 'pass', text: '通过' }), el('option', { value: 'fail', text: '不通过' })])),
        el('td', {}, el('input', { type: 'text', name: c.key + '-note', maxlength: 2000, 'aria-label': c.name + '意见', placeholder: '不通过时必填' })),
      ]);
    });
    var form = el('form', {}, [
      el('table', {}, [el('thead', {}, el('tr', {}, ['标准', '结论', '意见'].map(function (h) { return el('th', { text: h }); }))), el('tbody', {}, rows)]),
      el('button', { type: 'submit', class: 'button', text: '提交质检' }),
    ]);
    form.addEventListener('submit', async function (e) {
      e.preventDefault();
      error.hidden = true;
      var checks = {};
      CRITERIA.forEach(function (c) {
        var note = form.elements[c.key + '-note'].value.trim();
        checks[c.key] = { pass: form.elements[c.key].value === 'pass' };
        if (note) checks[c.key].note = note;
      });
      try {
        var done = await QA.api('/api/qa/work-orders/' + w.id + '/review', { method: 'POST', body: { checks: checks } });
        QA.flash('工单 #' + w.id + ' 质检完成：' + (done.passed ? '合格' : '不合格，已退回处理人'));
        load();
      } catch (err) { QA.showError(error, err); }
    });
    return el('div', {}, [form, error]);
  }

  function decisionForm(w) {
    var error = el('p', { class: 'error', role: 'alert', hidden: true });
    var choice = el('select', { name: 'decision', 'aria-label': '裁定' }, [
      el('option', { value: 'uphold', text: '维持不合格' }), el('option', { value: 'overturn', text: '改判合格' })]);
    var note = el('input', { type: 'text', name: 'note', required: true, maxlength: 2000, placeholder: '必填：裁定理由' });
    var form = el('form', { class: 'inline-form' }, [
      el('label', {}, ['裁定 ', choice]), el('label', {}, ['理由 ', note]),
      el('button', { type: 'submit', class: 'button', text: '提交裁定' })]);
    form.addEventListener('submit', async function (e) {
      e.preventDefault();
      error.hidden = true;
      try {
        await QA.api('/api/qa/work-orders/' + w.id + '/decision', { method: 'POST', body: { decision: choice.value, note: note.value.trim() } });
        QA.flash('工单 #' + w.id + ' 的申诉已裁定。');
        load();
      } catch (err) { QA.showError(error, err); }
    });
    var failed = CRITERIA.filter(function (c) { return w.checks && !w.checks[c.key].pass; });
    return el('div', {}, [
      el('p', { text: '原质检人：' + (w.reviewer ? w.reviewer.name : '—') + '；不通过：' +
        failed.map(function (c) { return c.name + '（' + w.checks[c.key].note + '）'; }).join('；') }),
      el('p', { text: '申诉理由：' + w.contestReason }),
      form, error]);
  }

  async function fill(panel, status, render) {
    var body = panel.querySelector('.panel-body');
    try {
      var items = (await QA.api('/api/qa/work-orders?status=' + status)).items;
      panel.querySelector('[data-count]').textContent = '（' + items.length + '）';
      QA.replace(body, items.length ? items.map(function (w) {
        return el('article', { class: 'work-order', 'data-work-order-id': w.id }, [el('h3', { text: '工单 #' + w.id }), facts(w), render(w)]);
      }) : el('p', { class: 'muted', text: '没有待处理的工单。' }));
    } catch (err) {
      QA.replace(body, el('p', { class: 'error', text: err.message }));
    }
  }

  function load() {
    fill(openPanel, 'open', reviewForm);
    fill(document.getElementById('contested'), 'contested', decisionForm);
  }
  load();
})();
`;
