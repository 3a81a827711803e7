/** Blacklist: look a number up in any spelling, add or remove it with a reason, its history. */
export const blacklistJs = String.raw`
(function () {
  'use strict';
  var el = QA.el, fmt = QA.fmt;
  var phoneInput = document.getElementById('phone');
  var result = document.getElementById('result');
  var current = null;

  var ACTIONS = { add: '加入', remove: '移出', added: '加入', removed: '移出' };
  var SOURCES = { manual: '手工', complaint: '投诉', import: '运营商名单', call: '通话中要求', opt_out: '通话中要求' };

  function render(entry) {
    current = entry;
    document.getElementById('result-phone').textContent = entry.phone;
    QA.replace(document.getElementById('result-status'), entry.blacklisted ? QA.badge('fail', '在黑名单中') : QA.badge('pass', '不在黑名单中'));
    document.getElementById('result-detail').textContent = entry.blacklisted
      ? '自 ' + fmt.time(entry.since) + ' 起，原因：' + (entry.reason || '—') + '（来源：' + (SOURCES[entry.source] || entry.source || '—') + '）'
      : '此号码当前可以拨打。';
    var button = document.getElementById('change-button');
    button.textContent = entry.blacklisted ? '移出黑名单' : '加入黑名单';
    button.className = 'button ' + (entry.blacklisted ? '' : 'danger');
    QA.replace(document.querySelector('#history tbody'), entry.history.length
      ? entry.history.slice().reverse().map(function (h) {
        return el('tr', {}, [el('td', { text: fmt.time(h.at) }), el('td', { text: ACTIONS[h.action] || h.action }), el('td', { text: h.reason || '—' }),
          el('td', { text: SOURCES[h.source] || h.source || '—' }), el('td', { text: h.actor || '—' }), el('td', { text: h.complaintId ? '#' + h.complaintId : '—' })]);
      })
      : el('tr', {}, el('td', { class: 'empty', colspan: 6, text: '此号码从未进入黑名单。' })));
    result.hidden = false;
  }

  async function search(phone) {
    var error = document.getElementById('search-error');
    error.hidden = true;
    try {
      render(await QA.api('/api/blacklist?phone=' + encodeURIComponent(phone)));
    } catch (err) {
      result.hidden = true;
      QA.showError(error, err);
    }
  }

  document.getElementById('search').addEventListener('submit', function (e) {
    e.preventDefault();
    search(phoneInput.value.trim());
  });

  document.getElementById('change').addEventListener('submit', async function (e) {
    e.preventDefault();
    var reason = document.getElementById('reason');
    var error = document.getElementById('change-error');
    error.hidden = true;
    if (!current || !reason.value.trim()) return;
    try {
      var entry = current.blacklisted
        ? await QA.api('/api/blacklist/' + encodeURIComponent(current.phone), { method: 'DELETE', body: { reason: reason.value.trim() } })
        : await QA.api('/api/blacklist', { method: 'POST', body: { phone: current.phone, reason: reason.value.trim() } });
      reason.value = '';
      QA.flash(entry.blacklisted ? '已将 ' + entry.phone + ' 加入黑名单。' : '已将 ' + entry.phone + ' 移出黑名单。');
      render(entry);
    } catch (err) { QA.showError(error, err); }
  });
})();
`;
