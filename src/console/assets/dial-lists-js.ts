/**
 * Dial lists: upload with a progress bar (the upload, then the filtering the
 * service reports), the summary counts, and the download of what may be dialled.
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
    download.href = '/api/dial-lists/' + list.id + '/export';
    download.setAttribute('download', 'dial-list-' + list.id + '.csv');
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
      if (list.status === 'processing') await follow(list.id);
      else history.replaceState(null, '', '?id=' + list.id);
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

  var initial = Number(new URLSearchParams(location.search).get('id'));
  if (initial) follow(initial).catch(function (err) { QA.showError(document.getElementById('upload-error'), err); });
})();
`;
