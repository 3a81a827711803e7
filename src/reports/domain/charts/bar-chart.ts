import { escapeXml, n, svgDocument, text } from './svg.js';

export interface Bar {
  label: string;
  value: number;
  /** Shown after the bar, e.g. "3 次 · 占成交 12.5%". */
  note?: string;
}

export interface BarChartSpec {
  title: string;
  bars: Bar[];
  color: string;
  width?: number;
  labelWidth?: number;
  /** Shown instead of bars when there is nothing to draw. */
  emptyText?: string;
}

const ROW = 24;
const PAD = 10;
const NOTE_WIDTH = 170;

/** Horizontal bars, one row each, longest bar = largest value. Readable in black and white. */
export function barChart(spec: BarChartSpec): string {
  const { width = 640, labelWidth = 160, bars } = spec;
  if (bars.length === 0) {
    return svgDocument(
      width,
      40,
      spec.title,
      text(width / 2, 24, spec.emptyText ?? '本周无数据', {
        'text-anchor': 'middle',
        fill: '#777',
      }),
    );
  }
  const max = Math.max(...bars.map((b) => b.value), 1);
  const barSpace = width - labelWidth - NOTE_WIDTH - PAD * 2;
  const rows = bars
    .map((b, i) => {
      const top = PAD + i * ROW;
      const w = (b.value / max) * barSpace;
      return (
        text(labelWidth - 6, top + 15, b.label, { 'text-anchor': 'end', fill: '#222' }) +
        `<rect x="${labelWidth}" y="${top + 3}" width="${n(w)}" height="${ROW - 8}" ` +
        `fill="${escapeXml(spec.color)}"><title>${escapeXml(`${b.label}: ${b.value}`)}</title></rect>` +
        text(labelWidth + w + 6, top + 15, b.note ?? String(b.value), { fill: '#222' })
      );
    })
    .join('');
  const axis = `<line x1="${labelWidth}" x2="${labelWidth}" y1="${PAD}" y2="${PAD + bars.length * ROW}" stroke="#999"/>`;
  return svgDocument(width, PAD * 2 + bars.length * ROW, spec.title, rows + axis);
}
