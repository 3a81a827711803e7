import { DateTime } from 'luxon';
import { escapeXml } from '../domain/charts/svg.js';
import { percent } from '../domain/rates.js';

/** Small HTML helpers for the printable report; every value passes through `esc`. */
export const esc = escapeXml;

export const int = (value: number) => value.toLocaleString('en-US');
export const pct = (value: number | null) => percent(value);

/** A table; cells are already-escaped HTML, numbers are right-aligned by the `num` class. */
export function table(headers: string[], rows: string[][], numericFrom = 1): string {
  const head = headers
    .map((h, i) => `<th${i >= numericFrom ? ' class="num"' : ''}>${esc(h)}</th>`)
    .join('');
  const body = rows.length
    ? rows
        .map(
          (r) =>
            `<tr>${r.map((c, i) => `<td${i >= numericFrom ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`,
        )
        .join('')
    : `<tr><td colspan="${headers.length}" class="empty">本周无数据</td></tr>`;
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

export function section(title: string, body: string, note?: string): string {
  return (
    `<section><h2>${esc(title)}</h2>` +
    (note ? `<p class="note">${esc(note)}</p>` : '') +
    `${body}</section>`
  );
}

/** An instant as the centre's wall-clock time, e.g. "2026-11-23 03:00". */
export function localTime(iso: string, tz: string): string {
  return DateTime.fromISO(iso, { zone: tz }).toFormat('yyyy-MM-dd HH:mm');
}

/** "北京时间" for the default zone; the zone's name otherwise. */
export function zoneName(tz: string): string {
  return tz === 'Asia/Shanghai' ? '北京时间' : tz;
}

/** "2026-W47" → "2026年第47周". */
export function weekTitle(week: string): string {
  const [year, w] = week.split('-W');
  return `${year}年第${Number(w)}周`;
}
