import { evidenceExcerpt, groupEvidence } from './evidence-groups.js';

/**
 * The checker's evidence per standard (QA.evidence), shared by the review and
 * call pages: one link per turn, grouped as 第5、7、9句 (long lists folded),
 * each titled with the turn's own words; 上一处/下一处 and the keys [ and ]
 * step through the active standard's evidence from where the reader is.
 */
export const evidenceJs = String.raw`
(function () {
  'use strict';
  var el = QA.el, L = QA.labels;
  var STANDARDS = QA.standards;
  /** Links shown before the rest of a long list is folded behind a button. */
  var SHOWN = 12;
  var groups = {};
  var active = null;

  ${groupEvidence.toString()}
  ${evidenceExcerpt.toString()}

  function use(compliance, segments) {
    groups = groupEvidence(compliance && compliance.rules, STANDARDS, segments || []);
    active = STANDARDS.filter(function (s) { return groups[s].length; })[0] || null;
  }

  function say(text) {
    var box = document.getElementById('evidence-status');
    if (box) box.textContent = text;
  }

  function jump(segment) {
    var start = QA.transcript.segmentStart(segment);
    if (start !== null) QA.player.seekTo(start);
    QA.transcript.flashSegment(segment);
  }

  function setActive(std) {
    active = std;
    document.querySelectorAll('.ev-group').forEach(function (g) { g.classList.toggle('active', g.dataset.standard === std); });
  }

  /** The next (dir 1) or previous (-1) evidence turn of std after or before the reader's turn. */
  function step(std, dir) {
    var list = groups[std] || [];
    if (!list.length) { say(L.standards[std] + '没有判定依据。'); return; }
    setActive(std);
    var at = QA.transcript.position();
    var found = -1;
    list.forEach(function (ev, i) {
      if (dir > 0 ? ev.segment > at && found < 0 : ev.segment < at) found = i;
    });
    if (found < 0) { say(L.standards[std] + '：已是' + (dir > 0 ? '最后一处' : '第一处') + '依据。'); return; }
    var ev = list[found];
    jump(ev.segment);
    say(L.standards[std] + '：第 ' + (found + 1) + ' / ' + list.length + ' 处依据，第' + (ev.segment + 1) + '句：' + ev.excerpt);
  }

  function link(std, ev) {
    var label = '第' + (ev.segment + 1) + '句：' + ev.excerpt;
    return el('button', {
      type: 'button', class: 'ev-link', text: String(ev.segment + 1), title: label, 'aria-label': label,
      onclick: function () { setActive(std); jump(ev.segment); },
    });
  }

  function joined(std, list) {
    var out = [];
    list.forEach(function (ev, i) { out.push(i ? '、' : '', link(std, ev)); });
    return out;
  }

  /** 依据：第5、7、9句 … 上一处 下一处, or null when the standard has no evidence. */
  function links(std) {
    var list = groups[std] || [];
    if (!list.length) return null;
    var rest = el('span', { class: 'ev-rest', hidden: true }, ['、'].concat(joined(std, list.slice(SHOWN))));
    var more = list.length > SHOWN ? el('button', {
      type: 'button', class: 'link ev-more', text: '…展开其余 ' + (list.length - SHOWN) + ' 处', 'aria-expanded': 'false',
      onclick: function (e) { rest.hidden = false; e.currentTarget.remove(); },
    }) : null;
    return el('span', { class: 'ev-group' + (std === active ? ' active' : ''), dataset: { standard: std } }, [
      '依据（' + list.length + ' 处）：第', el('span', { class: 'ev-list' }, joined(std, list.slice(0, SHOWN))), more, rest, '句',
      el('button', { type: 'button', class: 'button ev-step', text: '上一处', 'aria-keyshortcuts': '[', title: '上一处依据（[）', onclick: function () { step(std, -1); } }),
      el('button', { type: 'button', class: 'button ev-step', text: '下一处', 'aria-keyshortcuts': ']', title: '下一处依据（]）', onclick: function () { step(std, 1); } }),
    ]);
  }

  /** [ and ]: the active standard's previous and next evidence; false for other keys. */
  function onKey(e) {
    if (e.key !== '[' && e.key !== ']') return false;
    if (active) step(active, e.key === ']' ? 1 : -1);
    else say('此通话没有判定依据。');
    return true;
  }

  /** Every evidence turn as { std, segment }, for the timeline's markers. */
  function all() {
    var out = [];
    STANDARDS.forEach(function (std) { groups[std].forEach(function (ev) { out.push({ std: std, segment: ev.segment, excerpt: ev.excerpt }); }); });
    return out;
  }

  QA.evidence = { use: use, links: links, step: step, setActive: setActive, onKey: onKey, jump: jump, all: all };
})();
`;
