/**
 * Calibration: reviewer–checker agreement per standard and per reviewer over a
 * date range. Every disagreement count is a button that lists the reviews
 * behind it (GET /api/qa/calibration/disagreements), each linking to its call page.
 */
export const calibrationJs = String.raw`
(function () {
  'use strict';
  var el = QA.el, fmt = QA.fmt, L = QA.labels;
  var STANDARDS = QA.standards;
  var from = document.getElementById('from');
  var to = document.getElementById('to');
  var DIRECTION = { lenient: '自动通过·人工不通过', strict: '自动不通过·人工通过' };

  function num(v) { return el('td', { class: 'num', text: v }); }

  /** A count that opens its disagreements; zero stays plain text. */
  function drillCell(count, filter, title) {
    if (!count) return num(fmt.int(count));
    return el('td', { class: 'num' }, el('button', {
      type: 'button', class: 'drill', text: fmt.int(count), title: '查看' + title + '的通话',
      onclick: function () { drill(filter, title); },
    }));
  }

  function standardRow(name, f, standard) {
    var base = standard ? { standard: standard } : {};
    var with_ = function (d) { return Object.assign({ direction: d }, base); };
    return el('tr', {}, [el('td', { text: name }), num(fmt.int(f.compared)), num(fmt.int(f.agree)),
      drillCell(f.disagree, base, name + '：不一致'),
      num(fmt.int(f.checkerUnknown)), num(fmt.pct(f.agreementRate)),
      drillCell(f.checkerPassedHumanFailed, with_('lenient'), name + '：' + DIRECTION.lenient),
      drillCell(f.checkerFailedHumanPassed, with_('strict'), name + '：' + DIRECTION.strict)]);
  }

  function range() {
    return 'from=' + encodeURIComponent(from.value) + '&to=' + encodeURIComponent(to.value);
  }

  async function drill(filter, title) {
    var section = document.getElementById('drill');
    var box = document.getElementById('drill-list');
    var q = range();
    Object.keys(filter).forEach(function (k) { q += '&' + k + '=' + encodeURIComponent(filter[k]); });
    document.getElementById('drill-title').textContent = '分歧通话 · ' + title;
    QA.replace(box, el('p', { class: 'muted', text: '正在加载…' }));
    section.hidden = false;
    try {
      var rows = await QA.api('/api/qa/calibration/disagreements?' + q);
      QA.replace(box, QA.table(['复核日期', '通话', '坐席', '复核人', '分歧标准', '人工', '自动'],
        rows.flatMap(function (r) {
          return r.standards.map(function (s, i) {
            return el('tr', {}, [
              el('td', { text: i ? '' : r.reviewDate }),
              el('td', {}, i ? '' : QA.callLink(r.callId, '#' + r.callId + ' ' + r.externalId)),
              el('td', { text: i ? '' : r.agentCode }),
              el('td', { text: i ? '' : r.reviewerName + (r.kind === 'overturn' ? '（推翻）' : '') }),
              el('td', { text: L.standards[s.standard] || s.standard }),
              el('td', {}, QA.badge(s.human, L.result[s.human] || s.human)),
              el('td', {}, QA.badge(s.checker, L.result[s.checker] || s.checker)),
            ]);
          });
        }), '此条件下没有分歧。'));
      section.scrollIntoView({ block: 'start' });
    } catch (err) {
      QA.replace(box, el('p', { class: 'error', text: err.message }));
    }
  }

  async function load() {
    var overall = document.getElementById('overall');
    document.getElementById('drill').hidden = true;
    try {
      var r = await QA.api('/api/qa/calibration?' + range());
      QA.replace(overall, [
        QA.card('复核份数', fmt.int(r.reviews)),
        QA.card('总体一致率', fmt.pct(r.overall.agreementRate)),
        QA.card('不一致', fmt.int(r.overall.disagree), r.overall.disagree ? 'alert' : ''),
        QA.card('自动无法判断', fmt.int(r.overall.checkerUnknown)),
      ]);
      var num = function (t) { return { class: 'num', text: t }; };
      QA.replace(document.getElementById('by-standard'), QA.table(
        ['标准', num('比较'), num('一致'), num('不一致'), num('自动无法判断'), num('一致率'), num(DIRECTION.lenient), num(DIRECTION.strict)],
        STANDARDS.map(function (s) { return standardRow(L.standards[s], r.standards[s], s); }).concat([standardRow('合计', r.overall, null)]),
        '此期间没有复核。'));
      QA.replace(document.getElementById('by-reviewer'), QA.table(
        ['复核人', num('复核份数'), num('一致率'), num('不一致')].concat(STANDARDS.map(function (s) { return num(L.standards[s]); })),
        r.reviewers.map(function (p) {
          return el('tr', {}, [el('td', { text: p.reviewerName }), el('td', { class: 'num', text: fmt.int(p.reviews) }), el('td', { class: 'num', text: fmt.pct(p.agreementRate) }),
            drillCell(p.disagree, { reviewerId: p.reviewerId }, p.reviewerName + '：不一致')]
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
  document.getElementById('drill-close').addEventListener('click', function () { document.getElementById('drill').hidden = true; });
  load();
})();
`;
