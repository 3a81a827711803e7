/**
 * Overturn from the call page (QA.callOverturn): the supervisor picks the new
 * verdict per standard and a reason, sees exactly what changes (old → new per
 * standard, and what follows) and confirms. An overturn that changes nothing
 * is stopped here and refused by the server too (OVERTURN_UNCHANGED); a
 * supervisor may revise their own overturn, never their own review.
 */
export const callOverturnJs = String.raw`
(function () {
  'use strict';
  var el = QA.el, L = QA.labels;
  var STANDARDS = QA.standards;
  var me = Number(document.getElementById('call').dataset.userId);
  var role = document.body.dataset.role;
  var CODES = {
    OVERTURN_UNCHANGED: '改判与原结论完全相同，未被记录：至少要改变一项标准的结论。',
    QA_FORBIDDEN: '不能推翻自己的复核（可以修改自己的推翻结论）。',
  };

  function changes(before, after) {
    return STANDARDS.filter(function (s) { return before[s] !== after[s]; });
  }

  function passed(rules) {
    return STANDARDS.every(function (s) { return rules[s] === 'pass'; });
  }

  function verdictText(ok) { return ok ? '合格' : '不合格'; }

  /** What the overturn does, in the words the supervisor confirms. */
  function summary(review, rules, reason) {
    var was = passed(review.rules), will = passed(rules);
    var effect = was === will
      ? '整体结论仍为' + verdictText(will) + '，回访修正任务和处罚不变。'
      : will ? '通话改为合格：撤销原回访修正任务和处罚，坐席的重点复查按规则解除。'
        : '通话改为不合格：生成回访修正任务和处罚，坐席进入重点复查名单。';
    return el('div', { class: 'overturn-summary', role: 'group', 'aria-label': '改判内容' }, [
      el('p', { text: '将推翻 #' + review.id + '（' + review.reviewer.name + '）的结论：' }),
      el('ul', { class: 'changes' }, changes(review.rules, rules).map(function (s) {
        return el('li', { dataset: { standard: s } }, [L.standards[s] + '：', QA.badge(review.rules[s], L.result[review.rules[s]]), ' → ', QA.badge(rules[s], L.result[rules[s]])]);
      })),
      el('p', {}, ['整体：', verdictText(was), ' → ', el('b', { text: verdictText(will) })]),
      el('p', { class: 'muted', text: effect }),
      el('p', { text: '理由：' + reason }),
    ]);
  }

  function form(review, done) {
    var error = el('p', { class: 'error', role: 'alert', hidden: true });
    var confirmBox = el('div', { class: 'confirm', hidden: true });
    var selects = STANDARDS.map(function (s) {
      return el('label', {}, [L.standards[s] + ' ', el('select', { name: s }, ['pass', 'fail'].map(function (v) {
        return el('option', { value: v, selected: review.rules[s] === v, text: L.result[v] });
      }))]);
    });
    var reason = el('input', { type: 'text', name: 'reason', maxlength: 2000, 'aria-label': '推翻理由', placeholder: '必填：推翻的理由（例如录音第40秒已确认机主本人）' });
    var node = el('form', { class: 'overturn-form', novalidate: true }, [
      el('div', { class: 'inline-form' }, selects),
      el('label', { class: 'field-label' }, ['理由', reason]),
      el('div', { class: 'inline-form' }, [
        el('button', { type: 'submit', class: 'button', text: '查看改判内容' }),
        el('button', { type: 'button', class: 'button', text: '取消', onclick: function () { done(false); } }),
      ]),
      error, confirmBox,
    ]);
    var rulesNow = function () {
      var rules = {};
      STANDARDS.forEach(function (s) { rules[s] = node.elements[s].value; });
      return rules;
    };
    node.addEventListener('change', function () { confirmBox.hidden = true; });
    node.addEventListener('submit', function (e) {
      e.preventDefault();
      error.hidden = true;
      confirmBox.hidden = true;
      var rules = rulesNow();
      if (!changes(review.rules, rules).length) return QA.showError(error, '未改变任何标准的结论：推翻必须至少改变一项。');
      if (!reason.value.trim()) { reason.focus(); return QA.showError(error, '请填写推翻的理由。'); }
      QA.replace(confirmBox, [
        summary(review, rules, reason.value.trim()),
        el('button', { type: 'button', class: 'button danger', text: '确认推翻', onclick: function () { send(review, rules, reason.value.trim(), error, done); } }),
      ]);
      confirmBox.hidden = false;
      confirmBox.scrollIntoView({ block: 'nearest' });
    });
    return node;
  }

  async function send(review, rules, reason, error, done) {
    try {
      var created = await QA.api('/api/qa/reviews/' + review.id + '/overturn', { method: 'POST', body: { rules: rules, reason: reason } });
      QA.flash('已推翻 #' + review.id + '，新结论 #' + created.id + ' 已生效。');
      done(true);
    } catch (err) {
      var code = err.body && err.body.code;
      QA.showError(error, CODES[code] || err.message);
    }
  }

  /** The button (and then the form) under the current review, for those who may overturn it. */
  function control(review, reload) {
    if (role !== 'supervisor' && role !== 'admin') return null;
    var own = review.reviewer.id === me;
    if (own && review.kind === 'review') return el('p', { class: 'muted', text: '这是您本人的复核，需由其他主管推翻。' });
    var box = el('div', { class: 'overturn' });
    var open = el('button', { type: 'button', class: 'button danger', text: own ? '修改我的推翻结论' : '推翻此结论' });
    open.addEventListener('click', function () {
      QA.replace(box, form(review, function (changed) {
        if (changed) reload(); else QA.replace(box, open);
      }));
    });
    return QA.replace(box, open);
  }

  QA.callOverturn = { control: control, changes: changes };
})();
`;
