import { spreadsheetSafe } from '../../common/csv/read-csv.js';
import { fieldSpans, unquoteField } from './csv-quoting.js';

/** Some field may start with = + - @ tab or CR (a cheap test before looking field by field). */
const MAY_START_FORMULA = /(?:^|,)"?[=+\-@\t\r]/;
const QUOTE = 34;

/**
 * A raw dial-list record (latin1 text, see csv-record-reader.ts) with every
 * field that a spreadsheet would run as a formula escaped as the blacklist
 * export escapes it (`spreadsheetSafe`: a leading single quote), every other
 * byte left alone. The quote goes inside a quoted field, so the field stays
 * one. The trigger characters are ASCII, so this holds in GBK and UTF-8 alike.
 */
export function formulaSafeRecord(text: string): string {
  if (!MAY_START_FORMULA.test(text)) return text;
  let out = '';
  let copied = 0;
  for (const [start, end] of fieldSpans(text)) {
    const raw = text.slice(start, end);
    const quoted = raw.charCodeAt(0) === QUOTE;
    const value = quoted ? unquoteField(raw) : raw;
    if (spreadsheetSafe(value) === value) continue;
    const at = quoted ? start + 1 : start;
    out += `${text.slice(copied, at)}'`;
    copied = at;
  }
  return copied === 0 && out === '' ? text : out + text.slice(copied);
}
