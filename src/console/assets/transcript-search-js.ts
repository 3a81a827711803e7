/**
 * Search in the transcript (QA.transcriptSearch): the turns containing the
 * words are marked and counted; Enter goes to the next one, Shift+Enter to the
 * previous, Esc clears. Going to a turn does not seek the audio: the reader
 * plays from it (click, Enter on the turn) when they want to hear it.
 */
export const transcriptSearchJs = String.raw`
(function () {
  'use strict';
  var segments = [], rows = [], hits = [], at = -1;

  function input() { return document.getElementById('transcript-search'); }

  function show(i) {
    rows.forEach(function (r) { r.classList.remove('hit-current'); });
    if (!hits.length) return;
    at = (i + hits.length) % hits.length;
    var row = rows[hits[at]];
    row.classList.add('hit-current');
    row.scrollIntoView({ block: 'center' });
    count('第 ' + (at + 1) + ' / ' + hits.length + ' 处');
  }

  function count(text) { document.getElementById('search-count').textContent = text; }

  function run() {
    var q = input().value.trim().toLowerCase();
    hits = [];
    at = -1;
    rows.forEach(function (r, i) {
      var hit = q !== '' && String(segments[i].text).toLowerCase().indexOf(q) >= 0;
      r.classList.toggle('hit', hit);
      r.classList.remove('hit-current');
      if (hit) hits.push(i);
    });
    count(q === '' ? '' : hits.length ? '共 ' + hits.length + ' 处' : '没有找到');
  }

  function onKey(e) {
    if (e.key === 'Enter') { e.preventDefault(); if (hits.length) show(at + (e.shiftKey ? -1 : 1)); }
    else if (e.key === 'Escape' && input().value) { e.preventDefault(); e.stopPropagation(); input().value = ''; run(); }
  }

  function wire(list, listRows) {
    segments = list;
    rows = listRows;
    input().addEventListener('input', run);
    input().addEventListener('keydown', onKey);
  }

  QA.transcriptSearch = { wire: wire };
})();
`;
