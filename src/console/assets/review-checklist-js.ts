/**
 * The review checklist (QA.checklist): each standard starts undecided, so no
 * key press can record a verdict the reviewer did not choose. The checker's
 * verdict is shown beside each standard (自动判定) as a suggestion only. `problem()`
 * says, in Chinese, what still blocks a submit: an undecided standard first,
 * then a fail without a note (the API refuses that too).
 */
export const reviewChecklistJs = String.raw`
(function () {
  'use strict';
  var L = QA.labels;
  var STANDARDS = QA.standards;
  var checker = {};
  var listeners = [];

  function radio(std, value) {
    return document.querySelector('input[name="' + std + '"][value="' + value + '"]');
  }

  /** 'pass', 'fail' or null while the reviewer has not chosen. */
  function value(std) {
    var checked = document.querySelector('input[name="' + std + '"]:checked');
    return checked ? checked.value : null;
  }

  /** The block's look and its status line follow the choice; a choice against the checker is pointed out. */
  function paint(std) {
    var v = value(std);
    var box = document.getElementById('std-' + std);
    box.classList.toggle('undecided', v === null);
    box.classList.toggle('fail', v === 'fail');
    var said = checker[std];
    var status = document.getElementById('decision-' + std);
    status.textContent = v === null ? '未判定' : (said === 'pass' || said === 'fail') && said !== v ? '与自动判定不同' : '';
    status.className = 'decision' + (v === null ? ' pending' : status.textContent ? ' differs' : '');
  }

  function set(std, v) {
    if (v === null) document.querySelectorAll('input[name="' + std + '"]').forEach(function (r) { r.checked = false; });
    else radio(std, v).checked = true;
    document.getElementById('std-' + std).classList.remove('missing');
    paint(std);
    listeners.forEach(function (fn) { fn(); });
  }

  /** The standard's key: undecided → 通过 → 不通过 → 通过 … (never back to undecided). */
  function cycle(std) {
    set(std, value(std) === 'pass' ? 'fail' : 'pass');
  }

  /**
   * The checker's result per standard, shown in the block as 自动判定 (a suggestion, never a preset):
   * kept only to point out a choice against it. unknown (no transcript, 无法判断) suggests nothing.
   */
  function useChecker(compliance) {
    STANDARDS.forEach(function (std) {
      var rule = compliance && compliance.rules ? compliance.rules[std] : null;
      checker[std] = rule ? rule.result : null;
      paint(std);
    });
  }

  function rules() {
    var out = {};
    STANDARDS.forEach(function (std) { out[std] = value(std); });
    return out;
  }

  function names(stds) {
    return stds.map(function (s) { return '“' + L.standards[s] + '”'; }).join('、');
  }

  /** What stops a submit, with the field to put the focus on; null when the checklist is complete. */
  function problem() {
    var open = STANDARDS.filter(function (s) { return value(s) === null; });
    if (open.length) {
      return {
        text: '还有 ' + open.length + ' 项标准未判定：' + names(open) + '。请逐项选择“通过”或“不通过”后再提交（自动判定仅供参考）。',
        focus: radio(open[0], 'pass'),
        standards: open,
      };
    }
    var failed = STANDARDS.filter(function (s) { return value(s) === 'fail'; });
    if (failed.length && !document.getElementById('notes').value.trim()) {
      return {
        text: names(failed) + ' 判定为不通过，请在备注中写明不通过的原因后再提交。',
        focus: document.getElementById('notes'),
        standards: failed,
      };
    }
    return null;
  }

  /** Marks the blocking standards until the reviewer changes something. */
  function flagProblem(p) {
    STANDARDS.forEach(function (s) {
      document.getElementById('std-' + s).classList.toggle('missing', p.standards.indexOf(s) >= 0);
    });
  }

  function wire() {
    STANDARDS.forEach(function (std) {
      document.querySelectorAll('input[name="' + std + '"]').forEach(function (r) {
        r.addEventListener('change', function () { set(std, r.value); });
      });
      paint(std);
    });
  }

  QA.checklist = {
    value: value, set: set, cycle: cycle, rules: rules, useChecker: useChecker, problem: problem,
    flagProblem: flagProblem, wire: wire, onChange: function (fn) { listeners.push(fn); },
  };
})();
`;
