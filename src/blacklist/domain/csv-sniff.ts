import { normalizePhone } from '../../common/phone/normalize-phone.js';
import { hasNamedPhoneColumn, headerNames } from './phone-column.js';

/** How much of an upload is read to tell a CSV from something else. */
export const SNIFF_BYTES = 64 * 1024;

/** Control bytes no text file carries (tab, line breaks, form feed, DOS end-of-file and escape excepted). */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x1a, 0x1b]);

function isBinary(head: Buffer): boolean {
  return head.some((b) => b < 0x20 && !TEXT_CONTROLS.has(b));
}

/**
 * Why the start of an upload is not a CSV dial list, or null when it may be
 * one. Filtering accepts almost anything (the first column of any text is
 * "the phone column"), so without this a picture or a note in a `.txt` was
 * "filtered" into a list of invalid rows and accepted silently. A dial list's
 * first non-blank line is a comma-separated header, a single known phone
 * column name (`phone`, `手机号`…), or a phone number (a header-less list).
 */
export function notCsvReason(head: Buffer): string | null {
  if (isBinary(head)) return 'file: not a CSV dial list: it is a binary file';
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  const first = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '');
  if (first === undefined || first.includes(',')) return null;
  const names = headerNames(first, null);
  if (hasNamedPhoneColumn(names) || normalizePhone(names[0] ?? '') !== null) return null;
  return (
    'file: not a CSV dial list: its first line is neither a comma-separated header, ' +
    'a phone column name nor a phone number'
  );
}
