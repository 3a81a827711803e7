/**
 * Dial lists: upload with a progress bar (the upload, then the filtering the
 * service reports, polled), the summary counts, the downloads of what may be
 * dialled and of the dropped rows, and the upload history.
 */
export const dialListsJs = String.raw`
(function () {
  'use strict';
  var el = QA.el, fmt = QA.fmt;
  var progress = document.getElementById('progress');
  var progressText = document.getElementById('progress-text');
  var STATUS = { processing: '正在过滤', ready: '已完成', failed: '失败' };

  function setProgress(share, label) {
    var pct = Math.round(Math.max(0, Math.min(1, share)) * 100);
    progress.value = pct;
    progressText.textContent = label + ' ' + pct + '%';
  }

  /** XMLHttpRequest rather than fetch: only it reports upload progress. */
  function upload(file) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open('POST', '/api/dial-lists');
      xhr.setRequestHeader('X-Requested-With', 'qa-console');
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable) setProgress(e.loaded / e.total, '上传');
      });
      xhr.addEventListener('load', function () {
        var body = null;
        try { body = JSON.parse(xhr.responseText); } catch (e) { body = { message: xhr.responseText.slice(0, 200) }; }
        if (xhr.status === 401) { location.href = '/?next=' + encodeURIComponent(location.pathname); return; }
        if (xhr.status >= 200 && xhr.status < 300) resolve(body); else reject(new QA.ApiError(xhr.status, body));
      });
      xhr.addEventListener('error', function () { reject(new QA.ApiError(0, { message: '无法连接服务' })); });
      var data = new FormData();
      data.append('file', file);
      xhr.send(data);
    });
  }

  function render(list) {
    document.getElementById('list').hidden = false;
    document.getElementById('list-title').textContent = '#' + list.id + ' ' + (list.filename || '');
    var kind = list.status === 'ready' ? 'pass' : list.status === 'failed' ? 'fail' : 'unknown';
    QA.replace(document.getElementById('list-status'), QA.badge(kind, STATUS[list.status] || list.status));
    if (list.status === 'processing') setProgress(list.progress || 0, '过滤');
    else if (list.status === 'ready') setProgress(1, '完成');
    var c = list.counts || {};
    QA.replace(document.getElementById('counts'), list.status === 'failed'
      ? el('p', { class: 'error', text: '过滤失败：' + (list.error || '未知原因') })
      : [QA.card('输入行数', fmt.int(c.input)), QA.card('无效号码', fmt.int(c.invalid)), QA.card('重复号码', fmt.int(c.duplicates)),
        QA.card('黑名单号码', fmt.int(c.blacklisted)), QA.card('可拨打', fmt.int(c.exported))]);
    var download = document.getElementById('download');
    download.hidden = list.status !== 'ready';
    download.href = exportUrl(list);
    download.setAttribute('download', 'dial-list-' + list.id + '.csv');
    var rejected = document.getElementById('download-rejected');
    rejected.hidden = !list.rejectedRows;
    rejected.href = rejectedUrl(list);
    rejected.setAttribute('download', 'dial-list-' + list.id + '-rejected.csv');
  }

  function exportUrl(list) { return '/api/dial-lists/' + list.id + '/export'; }
  function rejectedUrl(list) { return '/api/dial-lists/' + list.id + '/rejected'; }

  var PAGE = 10;
  var shown = { offset: 0 };
  var polling = null;

  function statusCell(list) {
    var kind = list.status === 'ready' ? 'pass' : list.status === 'failed' ? 'fail' : 'unknown';
    var text = STATUS[list.status] || list.status;
    if (list.status === 'processing') text += ' ' + Math.round((list.progress || 0) * 100) + '%';
    return el('td', {}, QA.badge(kind, text));
  }

  function historyRow(list) {
    var c = list.counts || {};
    var n = function (v) { return el('td', { class: 'num', text: fmt.int(v) }); };
    var links = [el('a', { href: '?id=' + list.id, text: '查看' })];
    if (list.status === 'ready') links.push(' ', el('a', { href: exportUrl(list), download: 'dial-list-' + list.id + '.csv', text: '可拨打' }));
    if (list.rejectedRows) links.push(' ', el('a', { href: rejectedUrl(list), download: 'dial-list-' + list.id + '-rejected.csv', text: '被剔除的行' }));
    return el('tr', { dataset: { listId: list.id } }, [
      el('td', { text: '#' + list.id }), el('td', { text: list.filename }),
      el('td', { text: list.uploadedBy.name || (list.uploadedBy.id ? '用户 #' + list.uploadedBy.id : '—') }),
      el('td', { text: fmt.time(list.createdAt) }), statusCell(list),
      n(c.input), n(c.exported), n(c.blacklisted), n(c.invalid), n(c.duplicates),
      el('td', { class: 'actions' }, links),
    ]);
  }

  /** The upload history; refreshed every two seconds while a list on the page is still being filtered. */
  async function showHistory(offset) {
    clearTimeout(polling);
    var r = await QA.api('/api/dial-lists?limit=' + PAGE + '&offset=' + offset);
    shown.offset = r.offset;
    QA.replace(document.querySelector('#history-table tbody'), r.items.length
      ? r.items.map(historyRow)
      : el('tr', {}, el('td', { class: 'empty', colspan: 11, text: '还没有上传过拨号名单。' })));
    QA.pager(r, PAGE, '份', showHistory);
    if (r.items.some(function (l) { return l.status === 'processing'; }))
      polling = setTimeout(function () { showHistory(shown.offset).catch(function () {}); }, 2000);
  }

  /** Large lists are filtered in the background: poll until they are ready. */
  async function follow(id) {
    history.replaceState(null, '', '?id=' + id);
    for (;;) {
      var list = await QA.api('/api/dial-lists/' + id);
      render(list);
      if (list.status !== 'processing') return list;
      await new Promise(function (r) { setTimeout(r, 1000); });
    }
  }

  document.getElementById('upload').addEventListener('submit', async function (e) {
    e.preventDefault();
    var file = document.getElementById('file').files[0];
    var error = document.getElementById('upload-error');
    var button = document.getElementById('upload-button');
    if (!file) { QA.showError(error, '请先选择要上传的 CSV 文件。'); return; }
    error.hidden = true;
    button.disabled = true;
    document.getElementById('list').hidden = false;
    document.getElementById('download').hidden = true;
    QA.clear(document.getElementById('counts'));
    document.getElementById('list-title').textContent = file.name;
    setProgress(0, '上传');
    try {
      var list = await upload(file);
      render(list);
      if (list.status === 'processing') { showHistory(0).catch(function () {}); await follow(list.id); }
      else history.replaceState(null, '', '?id=' + list.id);
      await showHistory(0);
    } catch (err) {
      QA.showError(error, err);
    } finally {
      button.disabled = false;
    }
  });

  document.getElementById('file').addEventListener('change', function (e) {
    var file = e.target.files[0];
    document.getElementById('file-name').textContent = file ? file.name + '（' + fmt.int(file.size) + ' 字节）' : '未选择文件';
  });

  showHistory(0).catch(function (err) { QA.showError(document.getElementById('upload-error'), err); });

  var initial = Number(new URLSearchParams(location.search).get('id'));
  if (initial) follow(initial).catch(function (err) { QA.showError(document.getElementById('upload-error'), err); });
})();
`;
