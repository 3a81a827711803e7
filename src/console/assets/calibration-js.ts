/** Calibration: reviewer–checker agreement per standard and per reviewer over a date range. */
export const calibrationJs = String.raw`
(function () {
  'use strict';
  var el = QA.el, fmt = QA.fmt, L = QA.labels;
  var STANDARDS = QA.standards;
  var from = document.getElementById('from');
  var to = document.getElementById('to');

  function num(v) { return el('td', { class: 'num', text: v }); }

  function standardRow(name, f) {
    return el('tr', {}, [el('td', { text: name }), num(fmt.int(f.compared)), num(fmt.int(f.agree)), num(fmt.int(f.disagree)),
      num(fmt.int(f.checkerUnknown)), num(fmt.pct(f.agreementRate)), num(fmt.int(f.checkerPassedHumanFailed)), num(fmt.int(f.checkerFailedHumanPassed))]);
  }

  async function load() {
    var q = '?from=' + encodeURIComponent(from.value) + '&to=' + encodeURIComponent(to.value);
    var overall = document.getElementById('overall');
    try {
      var r = await QA.api('/api/qa/calibration' + q);
      QA.replace(overall, [
        QA.card('复核份数', fmt.int(r.reviews)),
        QA.card('总体一致率', fmt.pct(r.overall.agreementRate)),
        QA.card('不一致', fmt.int(r.overall.disagree), r.overall.disagree ? 'alert' : ''),
        QA.card('自动无法判断', fmt.int(r.overall.checkerUnknown)),
      ]);
      var num = function (t) { return { class: 'num', text: t }; };
      QA.replace(document.getElementById('by-standard'), QA.table(
        ['标准', num('比较'), num('一致'), num('不一致'), num('自动无法判断'), num('一致率'), num('自动通过·人工不通过'), num('自动不通过·人工通过')],
        STANDARDS.map(function (s) { return standardRow(L.standards[s], r.standards[s]); }).concat([standardRow('合计', r.overall)]),
        '此期间没有复核。'));
      QA.replace(document.getElementById('by-reviewer'), QA.table(
        ['复核人', num('复核份数'), num('一致率')].concat(STANDARDS.map(function (s) { return num(L.standards[s]); })),
        r.reviewers.map(function (p) {
          return el('tr', {}, [el('td', { text: p.reviewerName }), el('td', { class: 'num', text: fmt.int(p.reviews) }), el('td', { class: 'num', text: fmt.pct(p.agreementRate) })]
            .concat(STANDARDS.map(function (s) { return el('td', { class: 'num', text: fmt.pct(p.standards[s].agreementRate) }); })));
        }),
        '此期间没有复核。'));
    } catch (err) {
      QA.replace(overall, el('p', { class: 'error', text: err.message }));
    }
  }

  from.value = fmt.daysAgo(29);
  to.value = fmt.today();
  document.getElementById('range').addEventListener('submit', function (e) { e.preventDefault(); load(); });
  load();
})();
`;
