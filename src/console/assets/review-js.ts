/**
 * The review page: loads the item from the caller's queue, shows the call,
 * the checker's verdict per standard and the checklist, and submits the
 * review before opening the next item. Keyboard: space, ←/→, 1–4, [ ], Enter.
 * Enter submits only a complete checklist (QA.checklist); everything typed or
 * chosen is kept as a draft (QA.draft) until the review is stored.
 */
export const reviewJs = String.raw`
(function () {
  'use strict';
  var el = QA.el, fmt = QA.fmt, L = QA.labels;
  var STANDARDS = QA.standards;
  var root = document.getElementById('review');
  var state = { item: null, queue: [], comments: [], submitting: false };

  function fact(label, value) {
    return el('span', {}, [label + '：', el('b', { text: value })]);
  }

  function showEmpty(text) {
    var box = document.getElementById('review-empty');
    QA.replace(box, [el('p', { text: text }), el('a', { class: 'button', href: '/console/queue', text: '返回我的质检队列' })]);
    box.hidden = false;
  }

  function renderHead(item) {
    var call = item.call;
    var pos = state.queue.indexOf(item) + 1;
    document.getElementById('item-title').textContent = '第 ' + pos + ' / ' + state.queue.length + ' 条 · 通话 #' + call.id;
    QA.replace(document.getElementById('call-info'), [
      fact('编号', call.externalId),
      // A new tab: the review in progress stays where it is (its draft is saved anyway).
      el('span', {}, ['通话页：', el('a', { href: '/console/calls/' + call.id, target: '_blank', rel: 'noopener', text: '历次复核与推翻' })]),
      fact('坐席', call.agentCode),
      fact('产品', call.productCode + '（脚本 ' + call.scriptVersion + '）'),
      el('span', {}, ['号码：', QA.phone('call', call.id, call.phone)]),
      fact('时间', fmt.time(call.startedAt)),
      fact('抽中', (L.tier[item.tier] || item.tier) + ' ' + item.period + ' · ' + (L.reason[item.reason] || item.reason)),
      el('span', {}, ['复核截止：', el('b', { text: fmt.time(item.dueAt) }), item.overdue ? [' ', QA.badge('overdue', '已超时')] : null].flat()),
    ]);
  }

  /** The checker's verdict inside each standard's block, its evidence turns grouped and linked (QA.evidence). */
  function renderAuto(compliance) {
    STANDARDS.forEach(function (std) {
      var rule = compliance && compliance.rules ? compliance.rules[std] : null;
      var box = document.getElementById('auto-' + std);
      if (!rule) { QA.replace(box, el('span', { class: 'muted', text: '自动判定：无' })); return; }
      var missing = (rule.missing || []).map(function (m) { return L.disclosure[m] || m; });
      QA.replace(box, [
        '自动判定：', QA.badge(rule.result, L.result[rule.result] || rule.result),
        ' ', QA.evidence.links(std),
        el('ul', {}, (rule.reasons || []).map(function (r) { return el('li', { text: r }); })
          .concat(missing.length ? [el('li', { text: '未告知：' + missing.join('、') })] : [])),
      ].flat());
    });
  }

  function saveDraft() {
    QA.draft.save({ rules: QA.checklist.rules(), notes: document.getElementById('notes').value, comments: state.comments });
  }

  /** Puts back what the reviewer had chosen and written before a reload or a new sign-in. */
  function restoreDraft(draft) {
    // Notes and comments first: each choice set below saves the draft from what the page shows.
    document.getElementById('notes').value = typeof draft.notes === 'string' ? draft.notes : '';
    state.comments = Array.isArray(draft.comments) ? draft.comments.filter(function (c) {
      return c && typeof c.text === 'string' && typeof c.atMs === 'number';
    }) : [];
    renderComments();
    STANDARDS.forEach(function (std) {
      var v = draft.rules[std];
      if (v === 'pass' || v === 'fail') QA.checklist.set(std, v);
    });
    QA.flash('已恢复 ' + fmt.time(new Date(draft.savedAt).toISOString()) + ' 保存的复核草稿，请核对后提交。');
  }

  function renderComments() {
    QA.waveform.setComments(state.comments);
    QA.replace(document.getElementById('comments'), state.comments.map(function (c, i) {
      return el('li', {}, [
        el('button', { type: 'button', class: 'ev-link', text: fmt.clock(c.atMs), title: '跳到此处', onclick: function () { QA.player.seekTo(c.atMs); } }),
        el('span', { class: 'text', text: c.text }),
        el('button', { type: 'button', class: 'link', text: '删除', 'aria-label': '删除评论', onclick: function () { state.comments.splice(i, 1); renderComments(); saveDraft(); } }),
      ]);
    }));
  }

  function addComment() {
    var input = document.getElementById('comment-text');
    var text = input.value.trim();
    if (!text) return;
    state.comments.push({ atMs: QA.player.currentMs(), text: text });
    state.comments.sort(function (a, b) { return a.atMs - b.atMs; });
    input.value = '';
    renderComments();
    saveDraft();
  }

  /** Refuses an incomplete checklist: says what is missing and puts the focus there. */
  function refuse(problem) {
    var error = document.getElementById('submit-error');
    error.textContent = problem.text;
    error.hidden = false;
    QA.checklist.flagProblem(problem);
    problem.focus.focus();
  }

  async function submit() {
    if (state.submitting || !state.item) return;
    var problem = QA.checklist.problem();
    if (problem) { refuse(problem); return; }
    state.submitting = true;
    var button = document.getElementById('submit');
    var error = document.getElementById('submit-error');
    button.disabled = true;
    error.hidden = true;
    var rules = QA.checklist.rules();
    // Stored before sending: a session that expired meanwhile sends the reviewer to sign in (QA.api), and this comes back.
    saveDraft();
    try {
      await QA.api('/api/qa/reviews', {
        method: 'POST',
        body: { itemId: state.item.id, rules: rules, notes: document.getElementById('notes').value.trim(), comments: state.comments },
      });
      QA.draft.clear();
      var failed = STANDARDS.filter(function (std) { return rules[std] === 'fail'; });
      QA.flashNext(failed.length
        ? '已提交通话 #' + state.item.call.id + ' 的复核：不合格（' + failed.map(function (s) { return L.standards[s]; }).join('、') + '），已生成回访修正任务。'
        : '已提交通话 #' + state.item.call.id + ' 的复核：四项均通过。');
      // Inside a filtered walk of the queue, go on with it; otherwise the oldest open item.
      if (QA.walk.load().ids.indexOf(state.item.id) >= 0) {
        location.href = QA.walk.after(state.item.id);
      } else {
        var rest = state.queue.filter(function (i) { return i.id !== state.item.id; });
        location.href = rest.length ? '/console/review/' + rest[0].id : '/console/queue';
      }
    } catch (err) {
      QA.showError(error, err);
      state.submitting = false;
      button.disabled = false;
    }
  }

  /** Shortcuts work anywhere except while typing; they replace the browser's own meaning of the key. */
  function onKey(e) {
    if (e.altKey || e.ctrlKey || e.metaKey || !state.item) return;
    var t = e.target;
    if (t.matches('textarea, select, input[type=text], input[type=search], input[type=number]')) {
      if (e.key === 'Escape') t.blur();
      return;
    }
    if (e.key === 'Enter' && t.matches('a, button:not(#submit)')) return;
    // On a focused choice the arrows move it and space selects it (the browser's own radio keys), not the audio.
    if (t.matches('input[type=radio]') && (/^Arrow/.test(e.key) || e.key === ' ')) return;
    if (QA.evidence.onKey(e)) { e.preventDefault(); return; }
    var digit = STANDARDS.map(function (s, i) { return String(i + 1); }).indexOf(e.key);
    if (e.key === ' ') QA.player.toggle();
    else if (e.key === 'ArrowLeft') QA.player.seekBy(-5);
    else if (e.key === 'ArrowRight') QA.player.seekBy(5);
    else if (digit >= 0) { QA.checklist.cycle(STANDARDS[digit]); QA.evidence.setActive(STANDARDS[digit]); }
    else if (e.key === 'Enter') submit();
    else return;
    e.preventDefault();
  }

  function wire() {
    QA.checklist.wire();
    // The standard being worked on is the one whose evidence [ and ] step through.
    STANDARDS.forEach(function (std) {
      document.getElementById('std-' + std).addEventListener('focusin', function () { QA.evidence.setActive(std); });
    });
    QA.checklist.onChange(saveDraft);
    document.getElementById('notes').addEventListener('input', saveDraft);
    document.getElementById('checklist').addEventListener('submit', function (e) { e.preventDefault(); submit(); });
    document.getElementById('comment-add').addEventListener('click', addComment);
    document.getElementById('comment-text').addEventListener('keydown', function (e) {
      if (e.key === 'Enter') { e.preventDefault(); addComment(); }
    });
    QA.player.onTime(function (ms) {
      QA.transcript.highlight(ms);
      document.getElementById('comment-at').textContent = fmt.clock(ms);
    });
    document.addEventListener('keydown', onKey);
  }

  async function load() {
    var wanted = Number(root.dataset.itemId) || null;
    try {
      state.queue = await QA.api('/api/qa/queue?limit=500');
    } catch (err) {
      showEmpty(err.message);
      return;
    }
    var item = wanted ? state.queue.find(function (i) { return i.id === wanted; }) : state.queue[0];
    if (!item) {
      showEmpty(wanted ? '此条目不在您的待复核队列中：可能已经复核，或已改派给他人。' : '您的队列已清空，没有待复核的通话。');
      return;
    }
    if (!wanted) history.replaceState(null, '', '/console/review/' + item.id);
    state.item = item;
    var call = item.call;
    var compliance = item.compliance || call.compliance;
    renderHead(item);
    QA.transcript.render(call.transcript, compliance, function (ms) { QA.player.seekTo(ms); });
    QA.evidence.use(compliance, call.transcript);
    renderAuto(compliance);
    QA.serviceLanguage.show(document.getElementById('service'), compliance && compliance.serviceLanguage, call.id, true);
    QA.checklist.useChecker(compliance);
    QA.player.attach(call.hasRecording ? '/api/calls/' + call.id + '/recording' : null);
    if (call.hasRecording) QA.waveform.load(call.id);
    document.getElementById('review-body').hidden = false;
    wire();
    var draft = QA.draft.open(root.dataset.userId, item.id);
    if (draft) restoreDraft(draft);
  }

  load();
})();
`;
