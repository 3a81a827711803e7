/**
 * The review page's transcript: speaker turns, the checker's evidence marked
 * in the words (one colour per standard), the turn being played highlighted,
 * and a timeline of turns above the seek bar.
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

  function render(list, compliance, onSeek) {
    segments = list || [];
    var byIndex = evidenceBySegment(compliance);
    var box = document.getElementById('transcript');
    rows = segments.map(function (s, i) {
      var evidence = byIndex[i] || [];
      var tags = uniqueStandards(evidence).map(function (std) { return QA.badge('neutral', L.standards[std]); });
      return el('li', {
        class: 'seg ' + s.speaker, id: 'seg-' + i, dataset: { index: i, startMs: s.startMs },
        title: '点击从此处播放', onclick: function () { onSeek(s.startMs); },
      }, [
        el('span', { class: 'who', text: L.speaker[s.speaker] || s.speaker }),
        el('span', { class: 'ts', text: QA.fmt.clock(s.startMs) }),
        el('span', { class: 'text' }, markedText(s.text, evidence).concat(tags.length ? [el('span', { class: 'tags' }, tags)] : [])),
      ]);
    });
    QA.replace(box, rows.length ? rows : el('li', { class: 'muted', text: '此通话没有文字记录。' }));
    QA.replace(document.getElementById('legend'), ['判定依据：'].concat(STANDARDS.map(function (std) {
      return el('mark', { class: 'ev-' + std, text: L.standards[std] });
    })));
  }

  /** Turn blocks on the timeline, positioned as a share of the recording. */
  function drawTimeline(durationMs) {
    var box = document.getElementById('turns');
    QA.clear(box);
    if (!durationMs) return;
    segments.forEach(function (s) {
      var span = el('span', { class: s.speaker });
      span.style.left = Math.min(100, (s.startMs / durationMs) * 100) + '%';
      span.style.width = Math.max(0.3, ((s.endMs - s.startMs) / durationMs) * 100) + '%';
      box.appendChild(span);
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
    if (current >= 0 && rows[current]) {
      rows[current].classList.add('playing');
      rows[current].scrollIntoView({ block: 'nearest' });
    }
  }

  function flashSegment(i) {
    var row = rows[i];
    if (!row) return;
    row.scrollIntoView({ block: 'center' });
    row.classList.add('flash-ev');
    setTimeout(function () { row.classList.remove('flash-ev'); }, 1200);
  }

  QA.transcript = {
    render: render, drawTimeline: drawTimeline, highlight: highlight, flashSegment: flashSegment,
    segmentStart: function (i) { return segments[i] ? segments[i].startMs : null; },
  };
})();
`;
