/** Two small SVG charts for the dashboard's 8-week trend, drawn from the report's JSON. */
export const chartsJs = String.raw`
(function () {
  'use strict';
  var NS = 'http://www.w3.org/2000/svg';
  var W = 560, H = 200, PAD = { l: 48, r: 12, t: 12, b: 28 };

  function svg(tag, attrs, text) {
    var node = document.createElementNS(NS, tag);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  function frame(title) {
    return svg('svg', { viewBox: '0 0 ' + W + ' ' + H, class: 'chart', role: 'img', 'aria-label': title });
  }

  function axes(root, points, max, format) {
    var plotH = H - PAD.t - PAD.b;
    for (var i = 0; i <= 4; i++) {
      var y = PAD.t + plotH - (plotH * i) / 4;
      root.appendChild(svg('line', { x1: PAD.l, x2: W - PAD.r, y1: y, y2: y, class: i ? 'grid' : 'axis' }));
      root.appendChild(svg('text', { x: PAD.l - 6, y: y + 4, 'text-anchor': 'end' }, format((max * i) / 4)));
    }
    var step = (W - PAD.l - PAD.r) / points.length;
    points.forEach(function (p, i) {
      root.appendChild(svg('text', { x: PAD.l + step * (i + 0.5), y: H - 8, 'text-anchor': 'middle' }, p.week.slice(5)));
    });
    return step;
  }

  function niceMax(value) {
    if (value <= 0) return 4;
    var pow = Math.pow(10, Math.floor(Math.log10(value)));
    var n = value / pow;
    return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * pow;
  }

  /** Bars for two counts per week (a behind, b in front). */
  function bars(title, points, a, b) {
    var root = frame(title);
    // Four grid steps of whole numbers: counts never read "1.5 calls".
    var max = Math.max(4, Math.ceil(niceMax(Math.max.apply(null, points.map(function (p) { return p[a.key]; }).concat([1]))) / 4) * 4);
    var step = axes(root, points, max, function (v) { return Math.round(v).toLocaleString('zh-CN'); });
    var plotH = H - PAD.t - PAD.b;
    points.forEach(function (p, i) {
      var x = PAD.l + step * i + step * 0.18;
      var w = step * 0.64;
      [[a, 'bar-a', 0], [b, 'bar-b', w * 0.25]].forEach(function (spec) {
        var v = p[spec[0].key] || 0;
        var h = (v / max) * plotH;
        var rect = svg('rect', { x: x + spec[2], y: PAD.t + plotH - h, width: w - spec[2] * 2, height: h, class: spec[1] });
        rect.appendChild(svg('title', {}, p.week + ' ' + spec[0].label + '：' + v));
        root.appendChild(rect);
      });
    });
    return root;
  }

  /** Lines for two rates (0–100 %); weeks without data leave a gap. */
  function lines(title, points, a, b) {
    var root = frame(title);
    var step = axes(root, points, 1, function (v) { return Math.round(v * 100) + '%'; });
    var plotH = H - PAD.t - PAD.b;
    var lineLayer = root.appendChild(svg('g', {}));
    [[a, 'line-a', 'dot-a'], [b, 'line-b', 'dot-b']].forEach(function (spec) {
      var d = '';
      var pen = 'M';
      points.forEach(function (p, i) {
        var v = p[spec[0].key];
        if (v === null || v === undefined) { pen = 'M'; return; }
        var x = PAD.l + step * (i + 0.5);
        var y = PAD.t + plotH - v * plotH;
        d += pen + x.toFixed(1) + ' ' + y.toFixed(1) + ' ';
        pen = 'L';
        var dot = svg('circle', { cx: x, cy: y, r: 3, class: spec[2] });
        dot.appendChild(svg('title', {}, p.week + ' ' + spec[0].label + '：' + QA.fmt.pct(v)));
        root.appendChild(dot);
      });
      if (d) lineLayer.appendChild(svg('path', { d: d, class: spec[1] }));
    });
    return root;
  }

  QA.charts = { bars: bars, lines: lines };
})();
`;
