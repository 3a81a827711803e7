import { parse, type Options } from 'csv-parse/sync';
import { endsInsideQuotes } from './csv-quoting.js';
import { CsvFormatError, LineSplitter } from './line-splitter.js';

export { CsvFormatError };

/**
 * Splits CSV text into records. Text is latin1-decoded bytes (one char per
 * byte), so slicing and re-encoding as latin1 returns the original bytes
 * whatever the file's real encoding.
 *
 * Lines without a '"' are emitted as they are (fields: null) — the fast path.
 * Records with quotes, possibly spanning lines, go to csv-parse. A csv-parse
 * call costs ~12 µs of setup whatever its size, so once a chunk has a quoted
 * record, the records after it are queued and all of the chunk's quoted
 * records are parsed in one call; emission order is unchanged.
 */
export type RecordHandler = (
  lineNo: number,
  text: string,
  fields: string[] | null,
  /** The terminator after the record: '\n', '\r\n', '\r' or '' at the end of input. */
  eol: string,
) => void;

const BOM = '\xEF\xBB\xBF';
// Records reach csv-parse already delimited (line breaks left in them are
// inside quotes), joined with '\n' purely as a separator.
const PARSE_OPTIONS: Options = {
  encoding: 'latin1',
  relax_quotes: true,
  relax_column_count: true,
  skip_empty_lines: false,
  record_delimiter: '\n',
};

interface QueuedRecord {
  lineNo: number;
  text: string;
  eol: string;
  quoted: boolean;
}

export class CsvRecordReader {
  hadBom = false;
  private readonly lines: LineSplitter;
  private lineNo = 0;
  /** Lines of an unfinished quoted record, interleaved with their terminators. */
  private pending: string[] = [];
  private pendingLineNo = 0;
  private pendingChars = 0;
  private open = false;
  private queue: QueuedRecord[] = [];

  /** `maxRecordChars` bounds memory for a line or an unterminated quoted field. */
  constructor(
    private readonly onRecord: RecordHandler,
    private readonly maxRecordChars = 16 * 1024 * 1024,
  ) {
    this.lines = new LineSplitter((content, eol) => this.line(content, eol), maxRecordChars);
  }

  push(text: string): void {
    this.lines.push(text);
    this.flushQueue();
  }

  end(): void {
    this.lines.end();
    if (this.open) {
      throw new CsvFormatError(
        `quoted field starting at line ${this.pendingLineNo} is never closed`,
      );
    }
    this.flushQueue();
  }

  private line(content: string, eol: string): void {
    let line = content;
    if (++this.lineNo === 1 && line.startsWith(BOM)) {
      this.hadBom = true;
      line = line.slice(BOM.length);
    }
    if (this.pending.length === 0 && line.indexOf('"') < 0) {
      if (this.queue.length === 0) this.onRecord(this.lineNo, line, null, eol);
      else this.queue.push({ lineNo: this.lineNo, text: line, eol, quoted: false });
      return;
    }
    if (this.pending.length === 0) this.pendingLineNo = this.lineNo;
    this.pending.push(line);
    this.open = endsInsideQuotes(line, this.open);
    if (this.open) {
      // Line breaks inside quotes are data: keep them byte for byte.
      this.pending.push(eol);
      this.pendingChars += line.length + eol.length;
      if (this.pendingChars > this.maxRecordChars) {
        throw new CsvFormatError(`quoted field starting at line ${this.pendingLineNo} is too long`);
      }
      return;
    }
    const text = this.pending.length === 1 ? line : this.pending.join('');
    this.queue.push({ lineNo: this.pendingLineNo, text, eol, quoted: true });
    this.pending = [];
    this.pendingChars = 0;
  }

  private flushQueue(): void {
    const queue = this.queue;
    if (queue.length === 0) return;
    this.queue = [];
    const quoted = queue.filter((r) => r.quoted);
    let rows = parseRecords(quoted.map((r) => r.text).join('\n'));
    // A disagreement on record boundaries (exotic quoting) falls back to one
    // parse per record, so a bad row cannot shift values onto its neighbours.
    if (rows === null || rows.length !== quoted.length) {
      rows = quoted.map((r) => parseRecords(r.text)?.[0] ?? []);
    }
    let next = 0;
    for (const r of queue) this.onRecord(r.lineNo, r.text, r.quoted ? rows[next++] : null, r.eol);
  }
}

function parseRecords(text: string): string[][] | null {
  try {
    return parse(Buffer.from(text, 'latin1'), PARSE_OPTIONS) as string[][];
  } catch {
    return null;
  }
}
