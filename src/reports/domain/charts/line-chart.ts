import { n, svgDocument, text } from './svg.js';

export interface LineSeries {
  name: string;
  color: string;
  /** One value per category; null leaves a gap (e.g. a week without sales has no valid rate). */
  values: (number | null)[];
}

export interface LineChartSpec {
  title: string;
  categories: string[];
  series: LineSeries[];
  format: (value: number) => string;
  /** Top of the y axis; rates use 1 (100%). */
  yMax?: number;
  width?: number;
  height?: number;
}

const M = { left: 48, right: 20, top: 34, bottom: 34 };
const TICKS = 4;

/** Lines over a shared category axis, with a legend, value labels and gaps for missing values. */
export function lineChart(spec: LineChartSpec): string {
  const { width = 640, height = 240, categories, series } = spec;
  const yMax = spec.yMax ?? Math.max(1, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const plotW = width - M.left - M.right;
  const plotH = height - M.top - M.bottom;
  const step = categories.length > 1 ? plotW / (categories.length - 1) : 0;
  const x = (i: number) => M.left + (categories.length > 1 ? i * step : plotW / 2);
  const y = (v: number) => M.top + plotH - (Math.min(v, yMax) / yMax) * plotH;

  const grid = Array.from({ length: TICKS + 1 }, (_, i) => {
    const v = (yMax * i) / TICKS;
    return (
      `<line x1="${M.left}" x2="${width - M.right}" y1="${n(y(v))}" y2="${n(y(v))}" stroke="#ddd"/>` +
      text(M.left - 6, y(v) + 4, spec.format(v), { 'text-anchor': 'end', fill: '#555' })
    );
  }).join('');
  const xLabels = categories
    .map((c, i) => text(x(i), height - M.bottom + 16, c, { 'text-anchor': 'middle', fill: '#555' }))
    .join('');
  // The first series labels its points above, the others below, so equal values stay legible.
  const lines = series.map((s, i) => drawSeries(s, x, y, spec.format, i === 0 ? -7 : 15)).join('');
  const legend = series
    .map((s, i) => {
      const lx = M.left + i * 150;
      return (
        `<rect x="${lx}" y="8" width="14" height="4" fill="${s.color}"/>` +
        text(lx + 20, 14, s.name, { fill: '#222' })
      );
    })
    .join('');
  return svgDocument(width, height, spec.title, grid + xLabels + lines + legend);
}

function drawSeries(
  s: LineSeries,
  x: (i: number) => number,
  y: (v: number) => number,
  format: (v: number) => string,
  labelOffset: number,
): string {
  // Consecutive non-null points form one polyline; a null ends it.
  const runs: [number, number][][] = [[]];
  s.values.forEach((v, i) => {
    if (v === null) runs.push([]);
    else runs[runs.length - 1].push([x(i), y(v)]);
  });
  const polylines = runs
    .filter((r) => r.length > 1)
    .map(
      (r) =>
        `<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${r
          .map(([px, py]) => `${n(px)},${n(py)}`)
          .join(' ')}"/>`,
    )
    .join('');
  const points = s.values
    .map((v, i) =>
      v === null
        ? ''
        : `<circle cx="${n(x(i))}" cy="${n(y(v))}" r="3" fill="${s.color}"/>` +
          text(x(i), y(v) + labelOffset, format(v), { 'text-anchor': 'middle', fill: s.color }),
    )
    .join('');
  return polylines + points;
}
