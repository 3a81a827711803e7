/**
 * The recording's waveform on the timeline (QA.waveform): peaks computed by
 * the service (GET /api/calls/{id}/recording/peaks) drawn on a canvas, with a
 * marker per evidence turn (its standard's colour) and per timed comment.
 * A marker click plays from there. Without peaks it says 无波形 and why.
 */
export const waveformJs = String.raw`
(function () {
  'use strict';
  var el = QA.el;
  var WHY = {
    not_wav: '录音不是 WAV 格式', unsupported_encoding: '录音编码无法解析', malformed: '录音文件头损坏',
    too_large: '录音文件过大', failed: '波形读取失败',
  };
  var peaks = null, durationMs = 0, comments = [];

  function canvas() { return document.getElementById('waveform'); }

  function note(text) {
    var box = document.getElementById('waveform-note');
    box.textContent = text;
    box.hidden = !text;
  }

  async function load(callId) {
    try {
      var res = await QA.api('/api/calls/' + callId + '/recording/peaks');
      if (res.unavailable) { note('无波形：' + (WHY[res.unavailable] || res.unavailable) + '。'); return; }
      peaks = res;
      draw();
    } catch (err) {
      note('无波形：' + WHY.failed + '。');
    }
  }

  function drawPeaks() {
    var c = canvas();
    var width = c.clientWidth, height = c.clientHeight, ratio = window.devicePixelRatio || 1;
    c.width = Math.round(width * ratio);
    c.height = Math.round(height * ratio);
    var g = c.getContext('2d');
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    g.clearRect(0, 0, width, height);
    var list = peaks.peaks;
    // The peaks cover the file's length; the timeline covers what the player reports.
    var span = durationMs ? Math.min(1, peaks.durationMs / durationMs) : 1;
    var step = (width * span) / list.length;
    g.fillStyle = '#64748b';
    list.forEach(function (p, i) {
      var h = Math.max(1, p * (height - 2));
      g.fillRect(i * step, (height - h) / 2, Math.max(1, step - 0.2), h);
    });
    c.dataset.peaks = String(list.length);
  }

  function marker(cls, ms, title, onClick) {
    var m = el('span', { class: 'marker ' + cls, title: title, onclick: onClick });
    m.style.left = Math.min(100, (ms / durationMs) * 100) + '%';
    return m;
  }

  function drawMarkers() {
    var box = document.getElementById('markers');
    if (!durationMs) { QA.clear(box); return; }
    var L = QA.labels;
    var evidence = QA.evidence ? QA.evidence.all() : [];
    QA.replace(box, evidence.map(function (ev) {
      var start = QA.transcript.segmentStart(ev.segment);
      return start === null ? null : marker('ev ev-' + ev.std, start, L.standards[ev.std] + '依据 · 第' + (ev.segment + 1) + '句：' + ev.excerpt, function () {
        QA.evidence.jump(ev.segment);
      });
    }).concat(comments.map(function (c) {
      return marker('comment', c.atMs, '评论 ' + QA.fmt.clock(c.atMs) + '：' + c.text, function () { QA.player.seekTo(c.atMs); });
    })));
  }

  function draw() {
    if (peaks) drawPeaks();
    drawMarkers();
  }

  QA.waveform = {
    load: load,
    /** The timeline's length (ms), once the player knows it. */
    setDuration: function (ms) { durationMs = ms; draw(); },
    /** The timed comments to mark: [{ atMs, text }]. */
    setComments: function (list) { comments = list || []; drawMarkers(); },
    note: note,
  };
  window.addEventListener('resize', function () { if (peaks) drawPeaks(); });
})();
`;
