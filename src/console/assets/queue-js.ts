/** My queue: counts, the items oldest first, overdue ones marked. */
export const queueJs = String.raw`
(function () {
  'use strict';
  var el = QA.el, fmt = QA.fmt, L = QA.labels;

  function row(item, n) {
    var call = item.call;
    var verdict = item.automaticVerdict || (item.compliance && item.compliance.status) || 'needs_review';
    return el('tr', { class: item.overdue ? 'overdue' : '', dataset: { itemId: item.id } }, [
      el('td', { text: n }),
      el('td', { text: (L.tier[item.tier] || item.tier) + ' ' + item.period }),
      el('td', { text: L.reason[item.reason] || item.reason }),
      el('td', { text: '#' + call.id + ' ' + call.externalId }),
      el('td', { text: call.agentCode }),
      el('td', { text: call.productCode }),
      el('td', { text: fmt.time(call.startedAt) }),
      el('td', {}, QA.badge(verdict, L.status[verdict] || verdict)),
      el('td', {}, [fmt.time(item.dueAt), item.overdue ? [' ', QA.badge('overdue', '已超时')] : null].flat()),
      // Review first (the row's main action), then the call page with its history.
      el('td', { class: 'actions' }, [el('a', { class: 'button', href: '/console/review/' + item.id, text: '复核' }), ' ',
        QA.callLink(call.id, '通话详情')]),
    ]);
  }

  async function load() {
    var tbody = document.querySelector('#queue-table tbody');
    var counts = document.getElementById('counts');
    try {
      var items = await QA.api('/api/qa/queue?limit=500');
      items.sort(function (a, b) { return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id - b.id; });
      var overdue = items.filter(function (i) { return i.overdue; }).length;
      var tier = function (t) { return items.filter(function (i) { return i.tier === t; }).length; };
      QA.replace(counts, [
        QA.card('待复核', fmt.int(items.length)),
        QA.card('已超时', fmt.int(overdue), overdue ? 'alert' : ''),
        QA.card('每日抽查', fmt.int(tier('daily'))),
        QA.card('每周抽查', fmt.int(tier('weekly'))),
        QA.card('最早抽中', items.length ? fmt.time(items[0].createdAt) : '—'),
      ]);
      QA.replace(tbody, items.length
        ? items.map(function (item, i) { return row(item, i + 1); })
        : el('tr', {}, el('td', { class: 'empty', colspan: 10, text: '队列已清空，没有待复核的通话。' })));
      document.getElementById('start').hidden = items.length === 0;
    } catch (err) {
      QA.replace(tbody, el('tr', {}, el('td', { class: 'empty error', colspan: 10, text: err.message })));
    }
  }
  load();
})();
`;
