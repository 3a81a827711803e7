import { STANDARD_NAMES, STANDARDS } from '../../compliance/index.js';

/**
 * Shared browser helpers (window.QA): API calls with the console header,
 * DOM building without innerHTML (so data is never parsed as markup),
 * Chinese labels and formatting in the centre's time zone.
 * Plain ES2020 in a string: no template literals, so it embeds safely.
 * The standards' ids and names come from the compliance registry as JSON, so
 * the browser cannot drift from the server (QA.standards, QA.labels.standards).
 */
export const commonJs = String.raw`
(function () {
  'use strict';
  var tz = document.body.dataset.tz || 'Asia/Shanghai';

  var STATUS_TEXT = { 400: '输入有误', 403: '无权执行此操作', 404: '未找到', 409: '与当前状态冲突', 413: '文件太大' };

  function ApiError(status, body) {
    var messages = body && body.message ? [].concat(body.message) : [];
    // The API words its messages in English for its clients; the page shows them in Chinese.
    var detail = messages.map(window.QAText.message).filter(Boolean).join('；');
    this.status = status;
    this.body = body;
    this.message = (STATUS_TEXT[status] || '请求失败（' + status + '）') + (detail ? '：' + detail : '');
  }

  function signIn() {
    location.href = '/?next=' + encodeURIComponent(location.pathname + location.search);
  }

  /** JSON in and out; the header tells the service this change comes from the console itself. */
  async function api(path, options) {
    options = options || {};
    var headers = { 'X-Requested-With': 'qa-console', Accept: 'application/json' };
    var body = options.body;
    if (body !== undefined && !(body instanceof FormData)) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(body);
    }
    var res;
    try {
      res = await fetch(path, { method: options.method || 'GET', headers: headers, body: body, credentials: 'same-origin' });
    } catch (e) {
      throw new ApiError(0, { message: '无法连接服务' });
    }
    if (res.status === 401 && !options.noRedirect) {
      signIn();
      throw new ApiError(401, { message: '登录已失效' });
    }
    var text = await res.text();
    var data = null;
    try { data = text ? JSON.parse(text) : null; } catch (e) { data = { message: text.slice(0, 200) }; }
    if (!res.ok) throw new ApiError(res.status, data);
    return data;
  }

  /** el('td', { class: 'num', text: 5 }) or el('p', {}, [child, 'text']). */
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      var value = attrs[key];
      if (value === undefined || value === null || value === false) return;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = String(value);
      else if (key.slice(0, 2) === 'on') node.addEventListener(key.slice(2), value);
      else if (key === 'dataset') Object.assign(node.dataset, value);
      else node.setAttribute(key, value === true ? '' : String(value));
    });
    append(node, children);
    return node;
  }

  function append(node, children) {
    (Array.isArray(children) ? children : children === undefined ? [] : [children]).forEach(function (c) {
      if (c === null || c === undefined || c === false) return;
      node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    });
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  function replace(node, children) {
    return append(clear(node), children);
  }

  function table(headers, rows, emptyText) {
    var head = el('tr', {}, headers.map(function (h) {
      return typeof h === 'string' ? el('th', { text: h }) : el('th', { class: h.class, text: h.text });
    }));
    var body = rows.length
      ? rows
      : [el('tr', {}, el('td', { class: 'empty', colspan: headers.length, text: emptyText || '暂无数据' }))];
    return el('table', { class: 'data' }, [el('thead', {}, head), el('tbody', {}, body)]);
  }

  function card(label, value, extraClass) {
    return el('div', { class: 'card' + (extraClass ? ' ' + extraClass : '') }, [
      el('div', { class: 'label', text: label }),
      el('div', { class: 'value', text: value }),
    ]);
  }

  function badge(kind, text) {
    return el('span', { class: 'badge ' + kind, text: text });
  }

  /** Every call a page lists opens its call page (/console/calls/{id}). */
  function callLink(id, text) {
    return el('a', { href: '/console/calls/' + id, text: text || '#' + id });
  }

  var dateTime = new Intl.DateTimeFormat('zh-CN', {
    timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
  });
  var dateOnly = new Intl.DateTimeFormat('sv-SE', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' });

  var fmt = {
    time: function (iso) { return iso ? dateTime.format(new Date(iso)).replace(/\//g, '-') : '—'; },
    /** Today's date in the centre's time zone, YYYY-MM-DD. */
    today: function () { return dateOnly.format(new Date()); },
    daysAgo: function (n) { return dateOnly.format(new Date(Date.now() - n * 86400000)); },
    pct: function (x) { return x === null || x === undefined ? '—' : (x * 100).toFixed(1) + '%'; },
    int: function (n) { return n === null || n === undefined ? '—' : Number(n).toLocaleString('zh-CN'); },
    clock: function (ms) {
      var s = Math.max(0, Math.floor((ms || 0) / 1000));
      var m = Math.floor(s / 60);
      return (m < 10 ? '0' : '') + m + ':' + (s % 60 < 10 ? '0' : '') + (s % 60);
    },
  };

  /** The four standards in the API's order. */
  var standards = ${JSON.stringify(STANDARDS)};

  var labels = {
    standards: ${JSON.stringify(STANDARD_NAMES)},
    result: { pass: '通过', fail: '不通过', unknown: '无法判断' },
    status: { valid: '合格', invalid: '不合格', needs_review: '待人工判定' },
    reason: { random: '随机抽查', recheck: '重点复查', flagged: '自动标记' },
    // Tier names for pages that do not load the tier rows (GET /api/qa/tiers, which replaces them).
    tier: { daily: '每日抽查', weekly: '每周抽查' },
    speaker: { agent: '坐席', customer: '客户' },
    disclosure: { price: '资费', trial_end: '体验期截止日', cancel_method: '取消方式', usage: '使用方法', features: '业务功能' },
    severity: { minor: '一般', serious: '严重' },
  };

  /** A message carried to the next page (e.g. "submitted" after moving to the next item). */
  function flashNext(text, bad) {
    sessionStorage.setItem('qa.flash', JSON.stringify({ text: text, bad: !!bad }));
  }

  function flash(text, bad) {
    var box = document.getElementById('flash');
    if (!box) return;
    box.textContent = text;
    box.classList.toggle('bad', !!bad);
    box.hidden = false;
  }

  /**
   * Fills the page's pager (views/pager.ts) for one page {offset, total, items}
   * of a list counted in unit (个, 份); a click asks go(offset) for another.
   */
  function pager(page, size, unit, go) {
    var last = Math.min(page.offset + page.items.length, page.total);
    var prev = document.getElementById('prev-page');
    var next = document.getElementById('next-page');
    document.getElementById('page-info').textContent = page.total
      ? '第 ' + fmt.int(page.offset + 1) + '–' + fmt.int(last) + ' ' + unit + '，共 ' + fmt.int(page.total) + ' ' + unit : '';
    prev.disabled = page.offset === 0;
    next.disabled = last >= page.total;
    prev.onclick = function () { go(Math.max(0, page.offset - size)); };
    next.onclick = function () { go(page.offset + size); };
  }

  function showError(node, err) {
    if (!node) return;
    node.textContent = err && err.message ? err.message : String(err);
    node.hidden = false;
  }

  document.addEventListener('DOMContentLoaded', function () {
    var pending = sessionStorage.getItem('qa.flash');
    if (pending) {
      sessionStorage.removeItem('qa.flash');
      try { var f = JSON.parse(pending); flash(f.text, f.bad); } catch (e) { /* ignore a stale value */ }
    }
    var logout = document.getElementById('logout');
    if (logout) logout.addEventListener('click', async function () {
      try { await api('/console/logout', { method: 'POST', noRedirect: true }); } catch (e) { /* signed out either way */ }
      location.href = '/';
    });
  });

  /**
   * A number as the viewer may see it; a masked one (138****8000) gets a 显示号码
   * button that asks for the full number, which the service writes to the audit log.
   */
  function phone(kind, id, shown) {
    var text = el('b', { text: shown });
    if (String(shown).indexOf('*') < 0) return text;
    var button = el('button', { type: 'button', class: 'reveal-phone', text: '显示号码', title: '查看完整号码（将记入审计日志）',
      onclick: async function () {
        button.disabled = true;
        try {
          var r = await api('/api/phones/reveal', { method: 'POST', body: { kind: kind, id: id } });
          text.textContent = r.phone;
          button.remove();
        } catch (err) {
          button.disabled = false;
          flash('无法显示号码：' + (err.message || err), true);
        }
      } });
    return el('span', {}, [text, ' ', button]);
  }

  window.QA = {
    api: api, ApiError: ApiError, el: el, append: append, clear: clear, replace: replace, table: table,
    card: card, badge: badge, callLink: callLink, pager: pager, fmt: fmt, labels: labels, standards: standards, flash: flash, flashNext: flashNext,
    showError: showError, text: window.QAText, phone: phone,
  };
})();
`;
