/**
 * My queue: counts of the whole queue, then the items the filters select in
 * the order chosen — filtered and sorted by the API, the form mirrored in the
 * address so a reload or a link keeps them. The list shown is the walk the
 * review page steps through (QA.walk). The tiers (filter options, labels,
 * count cards) are the call tier rows of GET /api/qa/tiers.
 */
export const queueJs = String.raw`
(function () {
  'use strict';
  var el = QA.el, fmt = QA.fmt, L = QA.labels;
  var form = document.getElementById('filters');
  var FIELDS = ['tier', 'reason', 'failedStandard', 'agent', 'overdue', 'sort', 'search'];
  var tiers = [];

  /** The call tiers with their Chinese labels; without them the queue still works, named by id. */
  async function loadTiers() {
    try {
      tiers = (await QA.api('/api/qa/tiers')).filter(function (t) { return t.subject === 'call'; });
    } catch (err) {
      tiers = [];
    }
    tiers.forEach(function (t) {
      L.tier[t.tier] = t.label;
      form.elements.tier.appendChild(el('option', { value: t.tier, text: t.label }));
    });
  }

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
      el('td', { class: 'actions' }, [el('a', { class: 'button', href: QA.walk.itemUrl(item.id), text: '复核' }), ' ',
        QA.callLink(call.id, '通话详情')]),
    ]);
  }

  /** The form's non-empty fields as a query string (the default sort left out). */
  function query() {
    var params = new URLSearchParams();
    FIELDS.forEach(function (name) {
      var value = form.elements[name].value.trim();
      if (value && !(name === 'sort' && value === 'age')) params.set(name, value);
    });
    return params.toString();
  }

  function fillForm() {
    var params = new URLSearchParams(location.search);
    FIELDS.forEach(function (name) { if (params.has(name)) form.elements[name].value = params.get(name); });
  }

  function showCounts(all) {
    var overdue = all.filter(function (i) { return i.overdue; }).length;
    var count = function (t) { return all.filter(function (i) { return i.tier === t; }).length; };
    var oldest = all.reduce(function (min, i) { return !min || i.createdAt < min ? i.createdAt : min; }, null);
    QA.replace(document.getElementById('counts'), [
      QA.card('待复核', fmt.int(all.length)),
      QA.card('已超时', fmt.int(overdue), overdue ? 'alert' : ''),
    ].concat(tiers.map(function (t) { return QA.card(t.label, fmt.int(count(t.tier))); }), [
      QA.card('最早抽中', oldest ? fmt.time(oldest) : '—'),
    ]));
  }

  async function load() {
    var tbody = document.querySelector('#queue-table tbody');
    var q = query();
    history.replaceState(null, '', QA.walk.queueUrl(q));
    try {
      var all = await QA.api('/api/qa/queue?limit=500');
      var items = q ? await QA.api('/api/qa/queue?limit=500&' + q) : all;
      showCounts(all);
      QA.walk.save(q, items.map(function (i) { return i.id; }));
      document.getElementById('queue-summary').textContent = q
        ? '筛选结果：' + fmt.int(items.length) + ' 条（队列共 ' + fmt.int(all.length) + ' 条）'
        : '队列共 ' + fmt.int(all.length) + ' 条';
      QA.replace(tbody, items.length
        ? items.map(function (item, i) { return row(item, i + 1); })
        : el('tr', {}, el('td', { class: 'empty', colspan: 10, text: q ? '没有符合筛选条件的待复核通话。' : '队列已清空，没有待复核的通话。' })));
      var start = document.getElementById('start');
      start.hidden = items.length === 0;
      if (items.length) start.href = QA.walk.itemUrl(items[0].id);
    } catch (err) {
      QA.replace(tbody, el('tr', {}, el('td', { class: 'empty error', colspan: 10, text: err.message })));
    }
  }

  form.addEventListener('submit', function (e) { e.preventDefault(); load(); });
  // After the browser has reset the fields.
  form.addEventListener('reset', function () { setTimeout(load, 0); });
  loadTiers().then(function () {
    fillForm();
    load();
  });
})();
`;
