/**
 * Helpers for CSV text held as latin1 (one char per byte, see
 * csv-record-reader.ts) when a field's real characters matter.
 */
const NON_ASCII = /[\u0080-\uFFFF]/;
const BLANK_RECORD = /^[\s,]*$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });
// Spreadsheets exported on Chinese Windows write GBK; GB18030 is its superset.
const gb18030 = new TextDecoder('gb18030');

/** The text a latin1-held field denotes: UTF-8 if it decodes cleanly, else GB18030. */
export function decodeField(latin1: string): string {
  if (!NON_ASCII.test(latin1)) return latin1;
  const bytes = Buffer.from(latin1, 'latin1');
  try {
    return utf8.decode(bytes);
  } catch {
    return gb18030.decode(bytes);
  }
}

/**
 * Lines with nothing but commas and whitespace are spreadsheet padding (Excel
 * writes ',,,' for empty rows), not data rows, so they are skipped uncounted.
 */
export function isBlankRecord(text: string, fields: string[] | null): boolean {
  if (fields === null) return BLANK_RECORD.test(text);
  return fields.every((f) => BLANK_RECORD.test(f));
}
