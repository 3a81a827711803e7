/** Dashboard: this week's report figures and trend, then today's open work lists. */
export const dashboardJs = String.raw`
(function () {
  'use strict';
  var el = QA.el, fmt = QA.fmt, L = QA.labels;

  function key(cls, text) {
    return el('span', { class: 'key' }, [el('i', { class: cls }), text]);
  }

  async function week() {
    var box = document.getElementById('week');
    var figures = document.getElementById('figures');
    try {
      var r = await QA.api('/api/reports/weekly?week=' + encodeURIComponent(box.dataset.week));
      QA.replace(figures, [
        QA.card('拨打量', fmt.int(r.dials)),
        QA.card('接通率', fmt.pct(r.connectRate)),
        QA.card('成交', fmt.int(r.sales)),
        QA.card('有效成交', fmt.int(r.validSales)),
        QA.card('有效率', fmt.pct(r.validRate)),
        QA.card('投诉', fmt.int(r.complaints), r.complaints ? 'alert' : ''),
        QA.card('已结案投诉', fmt.int(r.complaintsResolved)),
      ]);
      var trend = r.trend || [];
      QA.replace(document.getElementById('chart-volume'), [
        el('figcaption', {}, ['拨打量与有效成交 ', key('a', '拨打量'), key('b', '有效成交')]),
        QA.charts.bars('近8周拨打量与有效成交', trend, { key: 'dials', label: '拨打量' }, { key: 'validSales', label: '有效成交' }),
      ]);
      QA.replace(document.getElementById('chart-rates'), [
        el('figcaption', {}, ['接通率与有效率 ', key('la', '接通率'), key('lb', '有效率')]),
        QA.charts.lines('近8周接通率与有效率', trend, { key: 'connectRate', label: '接通率' }, { key: 'validRate', label: '有效率' }),
      ]);
    } catch (err) {
      QA.replace(figures, el('p', { class: 'error', text: '本周数据暂不可用：' + err.message }));
    }
  }

  /** Fills a list panel if the page has it (the server leaves out what the role may not read). */
  async function list(id, path, pick, headers, row) {
    var panel = document.getElementById(id);
    if (!panel) return;
    var body = panel.querySelector('.panel-body');
    try {
      var items = pick(await QA.api(path));
      panel.querySelector('[data-count]').textContent = '（' + items.length + '）';
      QA.replace(body, QA.table(headers, items.map(row), '没有待处理的事项。'));
    } catch (err) {
      QA.replace(body, el('p', { class: 'error', text: err.message }));
    }
  }

  function tr(cells) {
    return el('tr', {}, cells.map(function (c) { return c instanceof Node ? el('td', {}, c) : el('td', { text: c }); }));
  }

  /** Last week's work-order QA per handler, from that week's report (the draw covers ended weeks). */
  async function workOrderHandlers() {
    var panel = document.getElementById('work-order-handlers');
    var body = panel.querySelector('.panel-body');
    try {
      var r = await QA.api('/api/reports/weekly?week=' + encodeURIComponent(panel.dataset.week));
      var wo = r.workOrderQa;
      QA.replace(body, QA.table(['处理人', '抽检', '已复核', '合格', '合格率', '申诉', '改判'],
        (wo ? wo.handlers : []).map(function (h) {
          return tr([h.handler.name, fmt.int(h.sampled), fmt.int(h.reviewed), fmt.int(h.passed), fmt.pct(h.passRate), fmt.int(h.contested), fmt.int(h.overturned)]);
        }), '上周没有抽检的工单。'));
    } catch (err) {
      QA.replace(body, el('p', { class: 'error', text: '上周工单质检数据暂不可用：' + err.message }));
    }
  }

  week();
  workOrderHandlers();
  var endOfToday = fmt.today();
  list('confirmations', '/api/confirmations/due?limit=1000',
    function (items) { return items.filter(function (c) { return fmt.time(c.dueAt).slice(0, 10) <= endOfToday; }); },
    ['试用', '步骤', '号码', '产品', '体验期截止', '应确认时间'],
    function (c) { return tr(['#' + c.trialId, '第' + c.step + '次', c.phone, c.productName || c.productCode, c.trialEnd, fmt.time(c.dueAt)]); });
  list('remedial', '/api/qa/remedial-tasks?status=open', function (items) { return items; },
    ['任务', '通话', '号码', '坐席', '原因', '创建时间'],
    function (t) { return tr(['#' + t.id, QA.callLink(t.callId), t.phone, t.agentCode, QA.text.remedialReason(t), fmt.time(t.createdAt)]); });
  list('complaints', '/api/complaints/overdue', function (res) { return res.items || []; },
    ['投诉', '号码', '通话', '级别', '类别', '负责人', '超时项', '办结时限'],
    function (c) {
      var kinds = (c.overdue || []).map(function (k) { return k === 'first_contact' ? '首次联系' : k === 'resolution' ? '办结' : k; });
      // A complaint about a call opens that call's page, like every list that names a call.
      return tr(['#' + c.id, c.phone, c.callId ? QA.callLink(c.callId) : '—', L.severity[c.severity] || c.severity, c.category, c.owner ? c.owner.name : '—',
        QA.badge('overdue', kinds.join('、') || '超时'), fmt.time(c.resolutionDueAt)]);
    });
  // 工单质量双向质检: the handler's failed work orders with the reviewers' notes.
  var WORK_ORDER_STATUS = { failed: '不合格（可申诉）', contested: '申诉中', upheld: '维持不合格', overturned: '改判合格' };
  list('work-orders', '/api/qa/work-orders/mine', function (res) { return res.items || []; },
    ['工单', '投诉', '未通过', '质检意见', '质检人', '状态'],
    function (w) {
      var notes = Object.keys(w.checks || {}).map(function (k) { return w.checks[k].note; }).filter(Boolean);
      return tr(['#' + w.id, '#' + w.complaintId, w.failed.length + ' 项', notes.join('；'),
        w.reviewer ? w.reviewer.name : '—', WORK_ORDER_STATUS[w.status] || w.status]);
    });
})();
`;
