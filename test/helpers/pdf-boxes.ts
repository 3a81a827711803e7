import { constants, inflateSync } from 'node:zlib';

const NUM = String.raw`(-?[\d.]+)`;
const CLIP = new RegExp(`${NUM} ${NUM} ${NUM} ${NUM} re\\nW`);
const SCALE = new RegExp(`${NUM} 0 0 ${NUM} ${NUM} ${NUM} cm`);
const FILL = new RegExp(`\\n${NUM} ${NUM} ${NUM} ${NUM} re\\nf`, 'g');

/** The pages' content streams, inflated (Chromium writes each page as one Flate stream). */
function contentStreams(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const streams: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    try {
      const data = Buffer.from(m[1], 'latin1');
      streams.push(inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH }).toString('latin1'));
    } catch {
      // Not Flate data (an image, a font): not page content.
    }
  }
  return streams.filter((s) => CLIP.test(s) && SCALE.test(s));
}

/**
 * Filled rectangles (borders, backgrounds) that end right of the page's
 * printable box, in CSS px. Chromium (Skia) opens each page with a clip to the
 * box inside the @page margins, then scales to CSS px: a border drawn beyond
 * that clip is cut off on paper, which is what the reader saw.
 */
export function fillsBeyondPageBox(pdf: Buffer): string[] {
  const found: string[] = [];
  contentStreams(pdf).forEach((s, page) => {
    const [cx, , cw] = CLIP.exec(s)!.slice(1).map(Number);
    const [scale, , ox] = SCALE.exec(s.slice(s.search(CLIP)))!
      .slice(1)
      .map(Number);
    const right = (cx + cw - ox) / scale;
    for (const f of s.matchAll(FILL)) {
      const [x, , w] = f.slice(1).map(Number);
      if (x + w > right + 0.01) found.push(`page ${page + 1}: ${x}+${w} > ${right.toFixed(2)}`);
    }
  });
  return found;
}

/** How many pages carry content, to show the parse found the pages at all. */
export function contentPages(pdf: Buffer): number {
  return contentStreams(pdf).length;
}
