/**
 * Blacklist: browse the active list a page at a time (any spelling, or some
 * digits), import a CSV and export the list; look a number up in any
 * spelling, add or remove it with a reason, its history.
 */
export const blacklistJs = String.raw`
(function () {
  'use strict';
  var el = QA.el, fmt = QA.fmt;
  var phoneInput = document.getElementById('phone');
  var result = document.getElementById('result');
  var current = null;

  var ACTIONS = { add: '加入', remove: '移出', added: '加入', removed: '移出' };
  var SOURCES = { manual: '手工', complaint: '投诉', import: '运营商名单', call: '通话中要求', opt_out: '通话中要求' };

  /** asked is the number as typed: the entry's own may be masked (138****8000) for this viewer. */
  function render(entry, asked) {
    current = entry;
    current.number = asked;
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
      render(await QA.api('/api/blacklist?phone=' + encodeURIComponent(phone)), phone);
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
        ? await QA.api('/api/blacklist/' + encodeURIComponent(current.number), { method: 'DELETE', body: { reason: reason.value.trim() } })
        : await QA.api('/api/blacklist', { method: 'POST', body: { phone: current.number, reason: reason.value.trim() } });
      reason.value = '';
      QA.flash(entry.blacklisted ? '已将 ' + entry.phone + ' 加入黑名单。' : '已将 ' + entry.phone + ' 移出黑名单。');
      render(entry, current.number);
      browse(page.offset);
    } catch (err) { QA.showError(error, err); }
  });

  var PAGE = 20;
  var page = { offset: 0, search: '' };

  /** One page of the active list; a number opens in the lookup below, with its history. */
  async function browse(offset) {
    var error = document.getElementById('browse-error');
    error.hidden = true;
    var q = '?limit=' + PAGE + '&offset=' + offset + (page.search ? '&search=' + encodeURIComponent(page.search) : '');
    try {
      var r = await QA.api('/api/blacklist/entries' + q);
      page.offset = r.offset;
      QA.replace(document.querySelector('#browse-table tbody'), r.items.length
        ? r.items.map(function (b) {
          return el('tr', {}, [
            // A masked number cannot be looked up: the viewer types the full one they hold.
            el('td', {}, b.phone.indexOf('*') >= 0 ? el('span', { text: b.phone, title: '号码已隐藏：输入完整号码可查看历史记录、移出' })
              : el('button', { type: 'button', class: 'drill', text: b.phone, title: '查看历史记录、移出',
                onclick: function () { phoneInput.value = b.phone; search(b.phone).then(function () { result.scrollIntoView({ block: 'start' }); }); } })),
            el('td', { text: fmt.time(b.since) }), el('td', { text: b.reason }),
            el('td', { text: SOURCES[b.source] || b.source }), el('td', { text: b.complaintId ? '#' + b.complaintId : '—' })]);
        })
        : el('tr', {}, el('td', { class: 'empty', colspan: 5, text: page.search ? '没有符合条件的号码。' : '黑名单为空。' })));
      document.getElementById('browse-summary').textContent = '共 ' + fmt.int(r.total) + ' 个号码';
      QA.pager(r, PAGE, '个', browse);
    } catch (err) { QA.showError(error, err); }
  }

  document.getElementById('browse-form').addEventListener('submit', function (e) {
    e.preventDefault();
    page.search = document.getElementById('browse-search').value.trim();
    browse(0);
  });

  function importReport(r) {
    return [
      el('div', { class: 'cards' }, [QA.card('数据行', fmt.int(r.rows)), QA.card('新加入', fmt.int(r.added)),
        QA.card('已在名单中', fmt.int(r.unchanged)), QA.card('失败', fmt.int(r.failed), r.failed ? 'alert' : '')]),
      r.errors.length ? QA.table(['行号', '问题'], r.errors.map(function (e) {
        return el('tr', {}, [el('td', { class: 'num', text: e.line }), el('td', { text: QA.text.message(e.message) || '此行无法导入' })]);
      })) : null,
    ];
  }

  document.getElementById('import-file').addEventListener('change', function (e) {
    var file = e.target.files[0];
    document.getElementById('import-name').textContent = file ? file.name : '未选择文件';
  });
  document.getElementById('import-form').addEventListener('submit', async function (e) {
    e.preventDefault();
    var file = document.getElementById('import-file').files[0];
    var error = document.getElementById('import-error');
    var button = document.getElementById('import-button');
    error.hidden = true;
    if (!file) { QA.showError(error, '请先选择要导入的 CSV 文件。'); return; }
    var data = new FormData();
    data.append('file', file);
    button.disabled = true;
    try {
      var r = await QA.api('/api/blacklist/import', { method: 'POST', body: data });
      QA.replace(document.getElementById('import-report'), importReport(r));
      QA.flash('已导入 ' + file.name + '：新加入 ' + r.added + ' 个号码。', r.failed > 0);
      browse(0);
    } catch (err) { QA.showError(error, err); } finally { button.disabled = false; }
  });

  browse(0);
})();
`;
