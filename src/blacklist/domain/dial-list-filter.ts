import type { Writable } from 'node:stream';
import { normalizePhone, phoneKey } from '../../common/phone/normalize-phone.js';
import { runPhoneCsvPass, type CsvInput } from './phone-csv-pass.js';
import { PhoneSet } from './phone-set.js';

/** Data rows (header and blank lines excluded); the four outcomes add up to `input`. */
export interface DialListCounts {
  input: number;
  invalid: number;
  duplicates: number;
  blacklisted: number;
  exported: number;
}

export type RejectReason = 'invalid' | 'duplicate' | 'blacklisted';

export interface DialListFilterOptions {
  /** Looked up by `phoneKey`; typically `(key) => blacklist.has(key)` on a PhoneSet. */
  isBlacklisted(key: number): boolean;
  onProgress?(rowsRead: number, bytesRead: number): void;
  /** Called for every dropped row, with its 1-based physical line number and its phone field. */
  onRejected?(lineNo: number, reason: RejectReason, value: string): void;
  /** Awaited after each chunk of input, e.g. to write the rejected rows collected meanwhile. */
  onChunk?(): Promise<void>;
}

/**
 * Cleans an uploaded dial list: CSV with a header, phone column named `phone`
 * (or an alias, see phone-column.ts) or else the first. Rows are dropped, in
 * this order of checks, when the phone is invalid, repeats an earlier row's
 * number (after normalisation), or is blacklisted. Surviving rows keep every
 * other byte; their phone field is rewritten to the normalised number.
 *
 * Memory: the duplicate set grows with the number of distinct numbers, 5–11
 * bytes each (21–43 MiB at 5M, growing a small bucket at a time; see
 * phone-set.ts), never with row width or file size. Everything else is
 * bounded by the chunk size.
 */
export async function filterDialList(
  input: CsvInput,
  output: Writable,
  opts: DialListFilterOptions,
): Promise<DialListCounts> {
  const counts: DialListCounts = {
    input: 0,
    invalid: 0,
    duplicates: 0,
    blacklisted: 0,
    exported: 0,
  };
  const seen = new PhoneSet();
  const { isBlacklisted, onRejected } = opts;

  const decide = (raw: string, lineNo: number): string | null => {
    counts.input++;
    const phone = normalizePhone(raw);
    if (phone === null) {
      counts.invalid++;
      onRejected?.(lineNo, 'invalid', raw);
      return null;
    }
    const key = phoneKey(phone);
    if (!seen.add(key)) {
      counts.duplicates++;
      onRejected?.(lineNo, 'duplicate', raw);
      return null;
    }
    if (isBlacklisted(key)) {
      counts.blacklisted++;
      onRejected?.(lineNo, 'blacklisted', raw);
      return null;
    }
    counts.exported++;
    return phone;
  };

  await runPhoneCsvPass(input, output, {
    decide,
    onProgress: opts.onProgress,
    onChunk: opts.onChunk,
  });
  return counts;
}
