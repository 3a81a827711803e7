import type { Writable } from 'node:stream';
import { spreadsheetSafe } from '../../common/csv/read-csv.js';
import { CsvOutput } from './csv-output.js';
import type { RejectReason } from './dial-list-filter.js';

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * The rows a dial-list filter dropped, as CSV `line,value,reason`: the
 * 1-based line of the upload, the phone field as the upload spelled it, and
 * why (`invalid`, `duplicate` or `blacklisted`). UTF-8 with a BOM, so Excel
 * and WPS read Chinese correctly; a value that a spreadsheet would run as a
 * formula is escaped as every other export escapes it (`spreadsheetSafe`).
 * Records are buffered and written a chunk at a time (`flush`), honouring
 * backpressure, so the pass's memory stays bounded however many rows it drops.
 */
export class RejectedRowsCsv {
  private readonly out: CsvOutput;

  constructor(output: Writable) {
    this.out = new CsvOutput(output);
    this.out.raw(latin1(BOM));
    this.out.record('line,value,reason');
  }

  add(lineNo: number, value: string, reason: RejectReason): void {
    this.out.record(`${lineNo},${field(value)},${reason}`);
  }

  flush(): Promise<void> {
    return this.out.flush();
  }

  end(): Promise<void> {
    return this.out.end();
  }
}

function field(value: string): string {
  const safe = String(spreadsheetSafe(value));
  const quoted = NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  return latin1(quoted);
}

/** CsvOutput writes latin1 (one char a byte): UTF-8 text goes in as its bytes. */
function latin1(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}
