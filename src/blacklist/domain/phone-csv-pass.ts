import type { Writable } from 'node:stream';
import { normalizePhone } from '../../common/phone/normalize-phone.js';
import { formulaSafeRecord } from './csv-formulas.js';
import { CsvOutput } from './csv-output.js';
import { CsvRecordReader, type RecordHandler } from './csv-record-reader.js';
import { decodeField, isBlankRecord } from './csv-text.js';
import { hasNamedPhoneColumn, headerNames, phoneColumnIndex } from './phone-column.js';
import { phoneFieldValue, withPhoneField } from './phone-field.js';

/**
 * One streaming pass over a phone CSV, shared by the upload filter and the
 * export re-check: header handling, record splitting, phone field extraction
 * and rewriting, formula escaping (staff open these files in Excel and WPS),
 * buffered output with backpressure. What happens to each row is the caller's
 * `decide`.
 */

/** Returns the phone to write for a data row, or null to drop the row. */
export type PhoneRowDecision = (phone: string, lineNo: number) => string | null;

export interface PhoneCsvPassOptions {
  decide: PhoneRowDecision;
  onProgress?(rowsRead: number, bytesRead: number): void;
  /** Awaited after each sub-chunk's output is flushed (a second output's turn to write). */
  onChunk?(): Promise<void>;
}

const BOM = '\xEF\xBB\xBF';
const SUB_CHUNK_BYTES = 64 * 1024;

/** Bytes in: a readable stream, or `fileChunks` (which reuses one buffer). */
export type CsvInput = AsyncIterable<Buffer | string>;

/**
 * Reads `input` to the end and ends `output`. On failure `output` is
 * destroyed, so a truncated file is never mistaken for a complete one.
 */
export async function runPhoneCsvPass(
  input: CsvInput,
  output: Writable,
  opts: PhoneCsvPassOptions,
): Promise<void> {
  const out = new CsvOutput(output);
  const decide = opts.decide;
  let column = -1;
  let rowsRead = 0;
  let bytesRead = 0;

  const dataRow = (lineNo: number, text: string, fields: string[] | null) => {
    rowsRead++;
    const value = phoneFieldValue(text, fields, column);
    const phone = decide(decodeField(value), lineNo);
    if (phone === null) return;
    out.record(
      formulaSafeRecord(phone === value ? text : withPhoneField(text, fields, column, phone)),
    );
  };

  const onRecord: RecordHandler = (lineNo, text, fields, eol) => {
    if (isBlankRecord(text, fields)) return;
    if (column >= 0) return dataRow(lineNo, text, fields);
    // First non-blank record: the header, unless it is plainly a phone number.
    // CRLF files stay CRLF; LF and bare-CR (old Mac) files are written with LF.
    out.eol = eol === '\r\n' ? '\r\n' : '\n';
    if (reader.hadBom) out.raw(BOM);
    const names = headerNames(text, fields);
    if (!hasNamedPhoneColumn(names) && normalizePhone(names[0] ?? '') !== null) {
      // A header-less file: treating its first row as a header would pass a
      // possibly blacklisted number through unchecked.
      column = 0;
      return dataRow(lineNo, text, fields);
    }
    column = phoneColumnIndex(names);
    out.record(formulaSafeRecord(text));
  };

  const reader = new CsvRecordReader(onRecord);
  try {
    for await (const chunk of input) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      bytesRead += bytes.length;
      // Sub-chunks keep strings out of V8's large-object space, which is only
      // reclaimed by full collections and inflated peak RSS with 1 MiB chunks.
      // Flushing after each keeps the rows waiting for output (and the chunk
      // strings they slice) few, so they die young rather than being promoted.
      for (let at = 0; at < bytes.length; at += SUB_CHUNK_BYTES) {
        reader.push(bytes.toString('latin1', at, Math.min(at + SUB_CHUNK_BYTES, bytes.length)));
        await out.flush();
        await opts.onChunk?.();
      }
      opts.onProgress?.(rowsRead, bytesRead);
    }
    reader.end();
    await out.end();
  } catch (err) {
    // Without the error: it is reported by the rejection, and an 'error' event
    // on a stream nobody listens to would crash the process instead.
    output.destroy();
    throw err;
  }
}
