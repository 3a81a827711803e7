/**
 * Helpers for the report's charts: plain SVG strings built on the server, so
 * the page needs no script, no CDN and prints exactly as it shows.
 */
export const FONT = "'PingFang SC','Microsoft YaHei','Noto Sans CJK SC','Noto Sans SC',sans-serif";

export function escapeXml(value: unknown): string {
  return String(value ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

/** Coordinates with at most one decimal keep the markup small and stable for tests. */
export const n = (v: number) => String(Math.round(v * 10) / 10);

export function text(
  x: number,
  y: number,
  content: string,
  attrs: Record<string, string | number> = {},
): string {
  const extra = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  return `<text x="${n(x)}" y="${n(y)}"${extra}>${escapeXml(content)}</text>`;
}

/** An accessible, self-contained <svg>: the title is read by screen readers and shown on hover. */
export function svgDocument(width: number, height: number, title: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" ` +
    `width="${width}" height="${height}" role="img" aria-label="${escapeXml(title)}" ` +
    `font-family="${escapeXml(FONT)}" font-size="11">` +
    `<title>${escapeXml(title)}</title>${body}</svg>`
  );
}
