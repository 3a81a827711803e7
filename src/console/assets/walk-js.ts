/**
 * The reviewer's walk through the queue (QA.walk): the queue page keeps the
 * filtered, sorted list of item ids it shows (and its query) for the tab; the
 * review page shows 上一条 / 跳过 and the position in that list, so an
 * inspector with 200 items moves through them in the order they chose.
 * The list is re-read from the API on each review page (reviewed items drop
 * out). Skipping past the last item wraps to the first one still open.
 */
export const walkJs = String.raw`
(function () {
  'use strict';
  var KEY = 'qa.walk';
  var el = QA.el;

  function save(query, ids) {
    sessionStorage.setItem(KEY, JSON.stringify({ query: query, ids: ids }));
  }

  function load() {
    try {
      var w = JSON.parse(sessionStorage.getItem(KEY) || 'null');
      if (w && typeof w.query === 'string' && Array.isArray(w.ids)) return w;
    } catch (e) { /* a stale value: start over */ }
    return { query: '', ids: [] };
  }

  function queueUrl(query) { return '/console/queue' + (query ? '?' + query : ''); }
  function itemUrl(id) { return '/console/review/' + id; }

  /** The open items of the walk's query, in its order; the whole queue if the current item is not among them. */
  async function refresh(current) {
    var walk = load();
    var items = await QA.api('/api/qa/queue?limit=500' + (walk.query ? '&' + walk.query : ''));
    var ids = items.map(function (i) { return i.id; });
    if (ids.indexOf(current) < 0 && walk.query) {
      walk.query = '';
      ids = (await QA.api('/api/qa/queue?limit=500')).map(function (i) { return i.id; });
    }
    save(walk.query, ids);
    return { query: walk.query, ids: ids };
  }

  /**
   * Where to go once item id is done (submitted): the next item of the walk,
   * wrapping to skipped ones, else the queue with the walk's filters
   * (review.js's submit, when the item is part of the walk).
   */
  function after(id) {
    var walk = load();
    var at = walk.ids.indexOf(id);
    var rest = walk.ids.slice(at + 1).concat(walk.ids.slice(0, Math.max(at, 0))).filter(function (i) { return i !== id; });
    return rest.length ? itemUrl(rest[0]) : queueUrl(walk.query);
  }

  function step(label, id, elId) {
    return id
      ? el('a', { class: 'button', id: elId, href: itemUrl(id), text: label })
      : el('span', { class: 'button disabled', id: elId, 'aria-disabled': 'true', text: label });
  }

  async function mount(root) {
    var current = Number(location.pathname.split('/').pop());
    if (!current) return;
    var walk = await refresh(current);
    var at = walk.ids.indexOf(current);
    if (at < 0) return;
    var prev = at > 0 ? walk.ids[at - 1] : null;
    var next = walk.ids.length > 1 ? walk.ids[(at + 1) % walk.ids.length] : null;
    var nav = el('nav', { class: 'walk', id: 'walk', 'aria-label': '队列导航' }, [
      step('← 上一条', prev, 'walk-prev'),
      el('span', { class: 'muted', id: 'walk-position', text: (walk.query ? '筛选后' : '队列') + '第 ' + (at + 1) + ' / ' + walk.ids.length + ' 条' }),
      step('跳过 →', next, 'walk-skip'),
      el('a', { class: 'link', href: queueUrl(walk.query), text: '返回队列' }),
    ]);
    root.querySelector('.review-head').appendChild(nav);
  }

  /** On the review page: once the item is shown (review.js unhides it), add the walk's controls. */
  document.addEventListener('DOMContentLoaded', function () {
    var root = document.getElementById('review');
    var body = document.getElementById('review-body');
    if (!root || !body) return;
    var observer = new MutationObserver(function () {
      if (body.hidden) return;
      observer.disconnect();
      mount(root).catch(function () { /* the review works without the walk */ });
    });
    observer.observe(body, { attributes: true, attributeFilter: ['hidden'] });
  });

  QA.walk = { save: save, load: load, after: after, queueUrl: queueUrl, itemUrl: itemUrl };
})();
`;
