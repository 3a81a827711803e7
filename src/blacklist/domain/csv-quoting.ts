/**
 * Quote-aware scanning of raw CSV text, following csv-parse's `relax_quotes`
 * rules: a field is quoted only if its first character is '"'; a quote
 * elsewhere in an unquoted field is literal; after a closing quote the field
 * runs on to the next comma. csv-parse stays the authority on field values;
 * these helpers answer what it cannot: where a record ends when fed line by
 * line, and which raw bytes hold a field (to rewrite it in place).
 */
const QUOTE = 34;

/**
 * Whether a quoted field is still open at the end of `line`, given whether one
 * was open at its start (i.e. the record continues on the next line).
 */
export function endsInsideQuotes(line: string, openAtStart: boolean): boolean {
  let i = 0;
  let inQuotes = openAtStart;
  for (;;) {
    if (inQuotes) {
      i = afterClosingQuote(line, i);
      if (i < 0) return true;
    } else if (line.charCodeAt(i) === QUOTE) {
      inQuotes = true;
      i++;
      continue;
    }
    const comma = line.indexOf(',', i);
    if (comma < 0) return false;
    i = comma + 1;
    inQuotes = false;
  }
}

/** [start, end) of field `col` in a complete raw record, or null if absent. */
export function fieldSpan(record: string, col: number): [number, number] | null {
  let field = 0;
  for (const span of fieldSpans(record)) if (field++ === col) return span;
  return null;
}

/** [start, end) of every field of a complete raw record, in order. */
export function* fieldSpans(record: string): Generator<[number, number]> {
  let start = 0;
  for (;;) {
    let i = start;
    if (record.charCodeAt(i) === QUOTE) {
      i = afterClosingQuote(record, i + 1);
      if (i < 0) i = record.length;
    }
    const comma = record.indexOf(',', i);
    const end = comma < 0 ? record.length : comma;
    yield [start, end];
    if (comma < 0) return;
    start = comma + 1;
  }
}

/** The value a raw field span denotes (same rules as above). */
export function unquoteField(raw: string): string {
  if (raw.length >= 2 && raw.charCodeAt(0) === QUOTE && raw.charCodeAt(raw.length - 1) === QUOTE) {
    const inner = raw.slice(1, -1);
    if (afterClosingQuote(inner + '"', 0) === inner.length + 1) return inner.replace(/""/g, '"');
  }
  return raw;
}

/** Index just past the quote closing a field whose content starts at `from`, or -1. */
function afterClosingQuote(s: string, from: number): number {
  let i = from;
  for (;;) {
    const q = s.indexOf('"', i);
    if (q < 0) return -1;
    if (s.charCodeAt(q + 1) === QUOTE) {
      i = q + 2;
      continue;
    }
    return q + 1;
  }
}
