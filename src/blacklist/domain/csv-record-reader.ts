import { parse, type Options } from 'csv-parse/sync';
import { endsInsideQuotes } from './csv-quoting.js';

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
  crlf: boolean,
) => void;

export class CsvFormatError extends Error {}

const BOM = '\xEF\xBB\xBF';
const PARSE_OPTIONS: Options = {
  encoding: 'latin1',
  relax_quotes: true,
  relax_column_count: true,
  skip_empty_lines: false,
  record_delimiter: ['\r\n', '\n'],
};

interface QueuedRecord {
  lineNo: number;
  text: string;
  crlf: boolean;
  quoted: boolean;
}

export class CsvRecordReader {
  hadBom = false;
  private carry = '';
  private lineNo = 0;
  private pending: string[] = [];
  private pendingLineNo = 0;
  private pendingChars = 0;
  private open = false;
  private queue: QueuedRecord[] = [];

  /** `maxRecordChars` bounds memory for a line or an unterminated quoted field. */
  constructor(
    private readonly onRecord: RecordHandler,
    private readonly maxRecordChars = 16 * 1024 * 1024,
  ) {}

  push(text: string): void {
    const s = this.carry.length === 0 ? text : this.carry + text;
    let pos = 0;
    for (let nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', pos)) {
      this.line(s.slice(pos, nl));
      pos = nl + 1;
    }
    this.carry = s.slice(pos);
    if (this.carry.length > this.maxRecordChars) {
      throw new CsvFormatError(
        `line ${this.lineNo + 1} is longer than ${this.maxRecordChars} bytes`,
      );
    }
    this.flushQueue();
  }

  end(): void {
    if (this.carry.length > 0) this.line(this.carry);
    this.carry = '';
    if (this.open) {
      throw new CsvFormatError(
        `quoted field starting at line ${this.pendingLineNo} is never closed`,
      );
    }
    this.flushQueue();
  }

  private line(raw: string): void {
    let line = raw;
    if (++this.lineNo === 1 && line.startsWith(BOM)) {
      this.hadBom = true;
      line = line.slice(BOM.length);
    }
    if (this.pending.length === 0 && line.indexOf('"') < 0) {
      const crlf = line.charCodeAt(line.length - 1) === 13;
      const text = crlf ? line.slice(0, -1) : line;
      if (this.queue.length === 0) this.onRecord(this.lineNo, text, null, crlf);
      else this.queue.push({ lineNo: this.lineNo, text, crlf, quoted: false });
      return;
    }
    if (this.pending.length === 0) this.pendingLineNo = this.lineNo;
    this.pending.push(line);
    this.pendingChars += line.length;
    this.open = endsInsideQuotes(line, this.open);
    if (this.open) {
      if (this.pendingChars > this.maxRecordChars) {
        throw new CsvFormatError(`quoted field starting at line ${this.pendingLineNo} is too long`);
      }
      return;
    }
    // Line breaks inside quotes are data: keep them byte for byte, '\r' included.
    const text = this.pending.length === 1 ? line : this.pending.join('\n');
    const crlf = text.charCodeAt(text.length - 1) === 13;
    this.queue.push({
      lineNo: this.pendingLineNo,
      text: crlf ? text.slice(0, -1) : text,
      crlf,
      quoted: true,
    });
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
    for (const r of queue) this.onRecord(r.lineNo, r.text, r.quoted ? rows[next++] : null, r.crlf);
  }
}

function parseRecords(text: string): string[][] | null {
  try {
    return parse(Buffer.from(text, 'latin1'), PARSE_OPTIONS) as string[][];
  } catch {
    return null;
  }
}
