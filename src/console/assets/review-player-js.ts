/**
 * The review page's audio player: play/pause, ±5 s, seek bar, 1×–2× speed,
 * the waveform (QA.waveform) and a warning when the recording ends before the
 * transcript does (turns past its end cannot be heard and checked).
 */
export const reviewPlayerJs = String.raw`
(function () {
  'use strict';
  var audio, playButton, seek, time, speed;
  var listeners = [];

  function durationMs() {
    return isFinite(audio.duration) ? audio.duration * 1000 : 0;
  }

  function currentMs() {
    return Math.round(audio.currentTime * 1000);
  }

  function update() {
    var ms = currentMs();
    if (!seek.matches(':active')) seek.value = String(audio.currentTime);
    time.textContent = QA.fmt.clock(ms) + ' / ' + QA.fmt.clock(durationMs());
    playButton.textContent = audio.paused ? '播放' : '暂停';
    playButton.setAttribute('aria-pressed', String(!audio.paused));
    listeners.forEach(function (fn) { fn(ms); });
  }

  function seekTo(ms) {
    if (!audio.src) return;
    var max = durationMs();
    var target = Math.max(0, max ? Math.min(ms, max) : ms);
    audio.currentTime = target / 1000;
    update();
  }

  function toggle() {
    if (!audio.src) return;
    if (audio.paused) audio.play().catch(function (err) { QA.flash('无法播放录音：' + err.message, true); });
    else audio.pause();
  }

  /** More than a second of transcript after the audio ends is worth saying: it may be the wrong file, or cut. */
  function warnIfShort() {
    var audioMs = durationMs(), spokenMs = QA.transcript.endMs();
    var box = document.getElementById('audio-short');
    if (!audioMs || spokenMs <= audioMs + 1000) { box.hidden = true; return; }
    var after = QA.transcript.segments().filter(function (s) { return s.startMs >= audioMs; }).length;
    box.textContent = '录音时长 ' + QA.fmt.clock(audioMs) + '，短于文字记录的 ' + QA.fmt.clock(spokenMs) +
      '：录音可能被截断或不是这通电话的录音' + (after ? '，最后 ' + after + ' 句没有对应的录音，无法收听核对' : '') + '。';
    box.hidden = false;
  }

  function attach(src) {
    audio = document.getElementById('audio');
    playButton = document.getElementById('play');
    seek = document.getElementById('seek');
    time = document.getElementById('time');
    speed = document.getElementById('speed');
    if (!src) {
      document.getElementById('no-audio').hidden = false;
      [playButton, seek, speed, document.getElementById('back'), document.getElementById('fwd')].forEach(function (c) { c.disabled = true; });
      QA.transcript.drawTimeline(QA.transcript.endMs());
      QA.waveform.setDuration(QA.transcript.endMs());
      return;
    }
    audio.src = src;
    ['timeupdate', 'play', 'pause', 'seeked', 'ended'].forEach(function (ev) { audio.addEventListener(ev, update); });
    audio.addEventListener('loadedmetadata', function () {
      seek.max = String(audio.duration);
      QA.transcript.drawTimeline(durationMs());
      QA.waveform.setDuration(durationMs());
      warnIfShort();
      update();
    });
    audio.addEventListener('play', QA.transcript.resume);
    audio.addEventListener('error', function () { QA.flash('录音无法加载（可能已被移除或格式不受支持）。', true); });
    playButton.addEventListener('click', toggle);
    document.getElementById('back').addEventListener('click', function () { seekTo(currentMs() - 5000); });
    document.getElementById('fwd').addEventListener('click', function () { seekTo(currentMs() + 5000); });
    seek.addEventListener('input', function () { seekTo(Number(seek.value) * 1000); });
    speed.addEventListener('change', function () { audio.playbackRate = Number(speed.value); });
    document.getElementById('turns').addEventListener('click', function (e) {
      var box = e.currentTarget.getBoundingClientRect();
      seekTo(((e.clientX - box.left) / box.width) * durationMs());
    });
  }

  QA.player = {
    attach: attach, toggle: toggle, seekTo: seekTo, currentMs: function () { return audio ? currentMs() : 0; },
    seekBy: function (seconds) { seekTo(currentMs() + seconds * 1000); },
    onTime: function (fn) { listeners.push(fn); },
  };
})();
`;
