import { ROLE_LABELS } from '../nav.js';

/**
 * The call page: the call with its recording and transcript (the review
 * page's player and transcript), the checker's verdict per standard with its
 * evidence, every review and overturn, the trial and its confirmation steps,
 * the call-backs, and for auditors who listened. Each part is read from the
 * API the viewer could call themselves; a part their role may not read is left out.
 */
export const callJs = String.raw`
(function () {
  'use strict';
  var el = QA.el, fmt = QA.fmt, L = QA.labels;
  var STANDARDS = QA.standards;
  var root = document.getElementById('call');
  var callId = Number(root.dataset.callId);
  var role = document.body.dataset.role;
  var ROLES = ${JSON.stringify(ROLE_LABELS)};
  var may = function (roles) { return role === 'admin' || roles.indexOf(role) >= 0; };
  var TRIAL = { trial: '体验中', confirmed: '已确认', cancelled: '已取消', extended: '已延期', charged: '已扣费' };
  var STEP = { scheduled: '待拨打', calling: '拨打中', done: '已完成', invalid: '无效' };
  var OUTCOME = { continue: '继续使用', decline: '不再使用', unreachable: '未接通', suspended: '停机', undecided: '未决定', will_self_cancel: '客户将自行取消' };
  var CANCEL = { declined: '客户拒绝', sale_invalid: '成交无效', blacklisted: '号码在黑名单', unreachable: '无法联系', suspended: '号码停机', not_confirmed: '未按时确认' };
  var TASK = { open: '待回访', done: '已完成', cancelled: '已撤销' };

  function fact(label, value) {
    return el('span', {}, [label + '：', el('b', {}, value)]);
  }

  function section(id, children) {
    var box = document.getElementById(id);
    QA.replace(box.querySelector('.panel-body'), children);
    box.hidden = false;
  }

  function verdictBadge(status) { return QA.badge(status, L.status[status] || status); }
  function resultBadge(result) { return QA.badge(result, L.result[result] || result); }

  function renderHead(call) {
    document.getElementById('call-title').textContent = '#' + call.id + ' · ' + call.externalId;
    document.title = '通话 ' + call.externalId + ' · 外呼质检控制台';
    QA.replace(document.getElementById('call-info'), [
      fact('坐席', call.agentCode),
      fact('产品', call.productCode + (call.scriptVersion ? '（脚本 ' + call.scriptVersion + '）' : '')),
      el('span', {}, ['号码：', QA.phone('call', call.id, call.phone)]),
      fact('时间', fmt.time(call.startedAt)),
      fact('时长', fmt.clock(call.durationSeconds * 1000)),
      fact('最终结论', [verdictBadge(call.finalVerdict.status), call.finalVerdict.source === 'review' ? '（人工复核）' : '（自动判定）']),
    ]);
  }

  /** Per standard: the checker's result, its reasons and its evidence turns, grouped and linked (QA.evidence). */
  function renderVerdict(compliance) {
    var rows = STANDARDS.map(function (std) {
      var rule = compliance && compliance.rules ? compliance.rules[std] : null;
      if (!rule) return el('div', { class: 'std' }, [el('b', { text: L.standards[std] }), ' 无自动判定']);
      var missing = (rule.missing || []).map(function (m) { return L.disclosure[m] || m; });
      var links = QA.evidence.links(std);
      return el('div', { class: 'std auto', dataset: { standard: std }, onfocusin: function () { QA.evidence.setActive(std); } }, [
        el('b', { text: L.standards[std] + ' ' }), resultBadge(rule.result),
        links ? el('div', {}, links) : null,
        el('ul', {}, (rule.reasons || []).map(function (r) { return el('li', { text: r }); })
          .concat(missing.length ? [el('li', { text: '未告知：' + missing.join('、') })] : [])),
      ]);
    });
    section('verdict', [el('p', {}, ['总体：', verdictBadge(compliance.status), el('span', { class: 'muted', text: ' 判定引擎 ' + compliance.engineVersion })])].concat(rows));
  }

  function rulesLine(rules) {
    return el('p', { class: 'rules' }, STANDARDS.map(function (s) {
      return el('span', { dataset: { standard: s } }, [L.standards[s] + ' ', resultBadge(rules[s]), ' ']);
    }));
  }

  function reviewCard(r, reviews) {
    var current = r.status === 'current';
    var title = (r.kind === 'overturn' ? '推翻 #' : '复核 #') + r.id;
    return el('article', { class: 'review-entry' + (current ? ' current' : ''), dataset: { reviewId: r.id } }, [
      el('div', { class: 'panel-head' }, [
        el('h3', {}, [title + ' ', QA.badge(r.passed ? 'pass' : 'fail', r.passed ? '合格' : '不合格'), ' ',
          QA.badge('neutral', current ? '当前有效' : '已被推翻（#' + r.overturnedByReviewId + '）')]),
        el('span', { class: 'muted', text: (L.tier[r.tier] || r.tier) + ' · ' + r.reviewer.name + '（' + (ROLES[r.reviewer.role] || r.reviewer.role) + '）· ' + fmt.time(r.createdAt) }),
      ]),
      rulesLine(r.rules),
      r.overturnReason ? el('p', { class: 'reason', text: '推翻了 #' + r.overturnsReviewId + '，理由：' + r.overturnReason }) : null,
      r.notes ? el('p', { text: '备注：' + r.notes }) : null,
      r.comments.length ? el('ul', { class: 'comment-list' }, r.comments.map(function (c) {
        return el('li', {}, [el('button', { type: 'button', class: 'ev-link', text: fmt.clock(c.atMs), title: '跳到此处', onclick: function () { QA.player.seekTo(c.atMs); } }), el('span', { class: 'text', text: c.text })]);
      })) : null,
      current ? QA.callOverturn.control(r, load) : null,
    ]);
  }

  /** Every review's timed comments, marked on the timeline. */
  function markComments(reviews) {
    QA.waveform.setComments([].concat.apply([], reviews.map(function (r) { return r.comments; })));
  }

  /** [ and ] step through the active standard's evidence, except while typing. */
  function onKey(e) {
    if (e.altKey || e.ctrlKey || e.metaKey || e.target.matches('textarea, select, input')) return;
    if (QA.evidence.onKey(e)) e.preventDefault();
  }

  function renderReviews(reviews) {
    markComments(reviews);
    section('reviews', reviews.length ? reviews.map(function (r) { return reviewCard(r, reviews); })
      : el('p', { class: 'muted', text: '此通话还没有人工复核（未被抽中，或尚未复核）。' }));
  }

  async function renderTrial(trialId) {
    if (!trialId) return;
    try {
      var t = await QA.api('/api/trials/' + trialId);
      var steps = t.confirmations.map(function (c) {
        return el('tr', {}, [el('td', { text: '第' + c.step + '次' }), el('td', { text: fmt.time(c.dueAt) }), el('td', { text: STEP[c.status] || c.status }),
          el('td', { text: c.outcome ? OUTCOME[c.outcome] || c.outcome : '—' }), el('td', {}, c.callId ? QA.callLink(c.callId) : '—')]);
      });
      section('trial', [
        el('p', {}, [fact('体验期', t.trialStart + ' 至 ' + t.trialEnd), ' ', fact('状态', (TRIAL[t.status] || t.status) + (t.cancelReason ? '（' + (CANCEL[t.cancelReason] || t.cancelReason) + '）' : '')),
          ' ', fact('扣费闸口', fmt.time(t.chargeGateAt))]),
        QA.table(['确认回访', '应拨时间', '状态', '结果', '回访通话'], steps, '没有确认回访步骤。'),
      ]);
    } catch (err) { section('trial', el('p', { class: 'error', text: err.message })); }
  }

  async function renderRemedial() {
    if (!may(['inspector', 'supervisor', 'auditor'])) return;
    try {
      var tasks = await QA.api('/api/qa/remedial-tasks?callId=' + callId);
      section('remedial', QA.table(['任务', '状态', '原因与备注', '回访通话'], tasks.map(function (t) {
        var o = t.outcome;
        return el('tr', {}, [el('td', { text: '#' + t.id }),
          el('td', { class: 'nowrap' }, [TASK[t.status] || t.status, el('br'), el('small', { text: fmt.time(t.createdAt) })]),
          el('td', {}, [QA.text.remedialReason(t), o && o.note ? el('div', { class: 'muted', text: '备注：' + QA.text.remedialNote(t) }) : null]),
          el('td', {}, o && o.callbackCallId ? QA.callLink(o.callbackCallId) : '—')]);
      }), '没有回访修正任务。'));
    } catch (err) { section('remedial', el('p', { class: 'error', text: err.message })); }
  }

  /** Each listen is in the audit log (recording.listen); only auditors and admins read it. */
  async function renderListens() {
    if (!may(['auditor'])) return;
    try {
      var page = await QA.api('/api/audit?action=recording.listen&entity=call&entityId=' + callId + '&limit=200');
      section('listens', QA.table(['时间', '收听人', '角色'], page.items.map(function (e) {
        return el('tr', {}, [el('td', { text: fmt.time(e.at) }), el('td', { text: e.actorName || '—' }), el('td', { text: ROLES[e.actorRole] || e.actorRole || '—' })]);
      }), '还没有人收听过此录音。'));
    } catch (err) { section('listens', el('p', { class: 'error', text: err.message })); }
  }

  function attachPlayer(call) {
    var mayListen = may(['inspector', 'supervisor', 'auditor']);
    if (call.hasRecording && !mayListen)
      document.getElementById('no-audio').textContent = '此通话有录音，但您的角色不能收听。';
    QA.player.attach(call.hasRecording && mayListen ? '/api/calls/' + call.id + '/recording' : null);
    if (call.hasRecording && mayListen) QA.waveform.load(call.id);
  }

  var first = true;
  async function load() {
    var call;
    try {
      call = await QA.api('/api/calls/' + callId);
    } catch (err) {
      QA.showError(document.getElementById('call-error'), err);
      return;
    }
    renderHead(call);
    if (first) QA.evidence.use(call.compliance, call.transcript);
    renderVerdict(call.compliance);
    QA.serviceLanguage.show(document.getElementById('service'), call.compliance && call.compliance.serviceLanguage, call.id, may(['inspector', 'supervisor']));
    renderReviews(call.reviews);
    if (first) {
      first = false;
      QA.transcript.render(call.transcript, call.compliance, function (ms) { QA.player.seekTo(ms); });
      attachPlayer(call);
      QA.player.onTime(function (ms) { QA.transcript.highlight(ms); });
      document.addEventListener('keydown', onKey);
      document.getElementById('call-body').hidden = false;
      renderTrial(call.trialId);
    }
    renderRemedial();
    renderListens();
  }

  load();
})();
`;
