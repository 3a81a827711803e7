/**
 * The review page's transcript: speaker turns, the checker's evidence marked
 * in the words (one colour per standard), the turn being played highlighted
 * and followed, and a timeline of turns above the seek bar.
 *
 * Keyboard: the list is one tab stop (roving tabindex); ↑/↓/Home/End move
 * between turns, Enter or Space plays from the focused turn. Following the
 * play head pauses while the reader scrolls the list and resumes on play.
 */
export const reviewTranscriptJs = String.raw`
(function () {
  'use strict';
  var el = QA.el, L = QA.labels;
  var STANDARDS = QA.standards;

  /** segment index -> [{ std, phrase }] from compliance.rules.*.evidence */
  function evidenceBySegment(compliance) {
    var map = {};
    STANDARDS.forEach(function (std) {
      var rule = compliance && compliance.rules ? compliance.rules[std] : null;
      ((rule && rule.evidence) || []).forEach(function (ev) {
        (map[ev.segment] = map[ev.segment] || []).push({ std: std, phrase: ev.phrase });
      });
    });
    return map;
  }

  /**
   * The evidence's phrase is marked where it occurs in the words; evidence
   * without a findable phrase (the checker normalises text) marks the turn.
   * Overlapping marks: the first wins, the tags below still name every standard.
   */
  function markedText(text, evidence) {
    var ranges = evidence.map(function (ev) {
      var at = ev.phrase ? text.indexOf(ev.phrase) : -1;
      return at >= 0 ? { start: at, end: at + ev.phrase.length, std: ev.std } : { start: 0, end: text.length, std: ev.std };
    }).sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    var out = [];
    var pos = 0;
    ranges.forEach(function (r) {
      if (r.start < pos || r.end <= r.start) return;
      if (r.start > pos) out.push(text.slice(pos, r.start));
      out.push(el('mark', { class: 'ev-' + r.std, title: L.standards[r.std] + '的判定依据', text: text.slice(r.start, r.end) }));
      pos = r.end;
    });
    if (pos < text.length) out.push(text.slice(pos));
    return out;
  }

  function uniqueStandards(evidence) {
    return STANDARDS.filter(function (std) { return evidence.some(function (ev) { return ev.std === std; }); });
  }

  var segments = [];
  var rows = [];
  var current = -1;
  /** The turn the reader is at: the one played, or the one last jumped to. */
  var position = -1;
  var follow = true;
  /** Where the list was left by the page's own scrolling; any other position is the reader's. */
  var ownTop = null;

  function box() { return document.getElementById('transcript'); }

  function scrollToRow(row, block) {
    row.scrollIntoView({ block: block });
    ownTop = box().scrollTop;
  }

  function setFollow(on) {
    follow = on;
    document.getElementById('follow').hidden = on || current < 0;
  }

  /** Scrolling the list by hand (wheel, scroll bar, keys) stops the list following the play head. */
  function onScroll() {
    if (ownTop !== null && Math.abs(box().scrollTop - ownTop) <= 2) return;
    ownTop = null;
    if (follow) setFollow(false);
  }

  function focusRow(i) {
    var row = rows[Math.max(0, Math.min(rows.length - 1, i))];
    if (!row) return;
    rows.forEach(function (r) { r.tabIndex = -1; });
    row.tabIndex = 0;
    row.focus();
  }

  function onRowKey(e, i, onSeek) {
    var moves = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: rows.length - 1 };
    if (e.key === 'Enter' || e.key === ' ') onSeek(segments[i].startMs);
    else if (e.key in moves) focusRow(moves[e.key]);
    else return;
    // The page's own shortcuts (space plays, Enter submits) do not also act on these keys.
    e.preventDefault();
    e.stopPropagation();
  }

  function row(s, i, evidence, onSeek) {
    var tags = uniqueStandards(evidence).map(function (std) { return QA.badge('neutral', L.standards[std]); });
    return el('li', {
      class: 'seg ' + s.speaker, id: 'seg-' + i, tabindex: i === 0 ? '0' : '-1',
      dataset: { index: i, startMs: s.startMs },
      title: '点击或按 Enter 从此处播放',
      // A mouse click leaves the focus where it was, so Enter still submits and space still plays.
      onclick: function (e) { onSeek(s.startMs); if (e.detail > 0) e.currentTarget.blur(); },
      onkeydown: function (e) { onRowKey(e, i, onSeek); },
      onfocus: function () { rows.forEach(function (r) { r.tabIndex = r === rows[i] ? 0 : -1; }); },
    }, [
      el('span', { class: 'who', text: L.speaker[s.speaker] || s.speaker }),
      el('span', { class: 'ts', text: QA.fmt.clock(s.startMs) }),
      el('span', { class: 'text' }, markedText(s.text, evidence).concat(tags.length ? [el('span', { class: 'tags' }, tags)] : [])),
    ]);
  }

  function render(list, compliance, onSeek) {
    segments = list || [];
    var byIndex = evidenceBySegment(compliance);
    rows = segments.map(function (s, i) {
      return row(s, i, byIndex[i] || [], function (ms) { position = i; onSeek(ms); });
    });
    QA.replace(box(), rows.length ? rows : el('li', { class: 'muted', text: '此通话没有文字记录。' }));
    box().addEventListener('scroll', onScroll);
    document.getElementById('follow').addEventListener('click', resume);
    QA.replace(document.getElementById('legend'), ['判定依据：'].concat(STANDARDS.map(function (std) {
      return el('mark', { class: 'ev-' + std, text: L.standards[std] });
    })));
    if (QA.transcriptSearch) QA.transcriptSearch.wire(segments, rows);
  }

  /** Turn blocks on the timeline, positioned as a share of the recording. */
  function drawTimeline(durationMs) {
    var turns = document.getElementById('turns');
    QA.clear(turns);
    if (!durationMs) return;
    segments.forEach(function (s) {
      var span = el('span', { class: s.speaker });
      span.style.left = Math.min(100, (s.startMs / durationMs) * 100) + '%';
      span.style.width = Math.max(0.3, ((s.endMs - s.startMs) / durationMs) * 100) + '%';
      turns.appendChild(span);
    });
  }

  /** The turn under the play head: the last one started at or before it. */
  function indexAt(ms) {
    var found = -1;
    for (var i = 0; i < segments.length; i++) {
      if (segments[i].startMs <= ms) found = i; else break;
    }
    if (found >= 0 && ms > segments[found].endMs + 1500 && found + 1 < segments.length) return -1;
    return found;
  }

  function highlight(ms) {
    var next = indexAt(ms);
    if (next === current) return;
    if (current >= 0 && rows[current]) rows[current].classList.remove('playing');
    current = next;
    if (current < 0 || !rows[current]) return;
    position = current;
    rows[current].classList.add('playing');
    if (follow) scrollToRow(rows[current], 'nearest');
  }

  /** Following the play head again (on play, or by the 回到播放位置 button). */
  function resume() {
    setFollow(true);
    if (current >= 0 && rows[current]) scrollToRow(rows[current], 'center');
  }

  function flashSegment(i) {
    var r = rows[i];
    if (!r) return;
    position = i;
    scrollToRow(r, 'center');
    r.classList.add('flash-ev');
    setTimeout(function () { r.classList.remove('flash-ev'); }, 1200);
  }

  QA.transcript = {
    render: render, drawTimeline: drawTimeline, highlight: highlight, flashSegment: flashSegment, resume: resume,
    segmentStart: function (i) { return segments[i] ? segments[i].startMs : null; },
    position: function () { return position; },
    following: function () { return follow; },
    /** When the last turn ends (ms): what the recording should at least cover. */
    endMs: function () { return segments.reduce(function (m, s) { return Math.max(m, s.endMs || 0); }, 0); },
    segments: function () { return segments; },
  };
})();
`;
