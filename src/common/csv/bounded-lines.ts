import type { Readable } from 'node:stream';

/** One line of text, or a note that it was longer than allowed (and skipped). */
export type Line =
  { line: number; text: string; tooLong?: false } | { line: number; tooLong: true };

/**
 * Splits a stream into lines like readline, but never buffers more than
 * `maxBytes` of one line: a longer line is reported and skipped, so a single
 * 100 MB line costs no more memory than a normal one.
 */
export async function* boundedLines(input: Readable, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  let line = 1;
  for await (const chunk of input as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, nl);
      if (skipping || size + piece.length > maxBytes) yield { line, tooLong: true };
      else yield { line, text: text([...parts, piece]) };
      parts = [];
      size = 0;
      skipping = false;
      line += 1;
      start = nl + 1;
    }
    const rest = chunk.subarray(start);
    if (skipping) continue;
    if (size + rest.length > maxBytes) {
      skipping = true;
      parts = [];
      size = 0;
    } else if (rest.length > 0) {
      parts.push(Buffer.from(rest));
      size += rest.length;
    }
  }
  if (skipping) yield { line, tooLong: true };
  else if (size > 0) yield { line, text: text(parts) };
}

function text(parts: Buffer[]): string {
  return Buffer.concat(parts).toString('utf8').replace(/\r$/, '');
}
