import { stringify } from 'csv-stringify/sync';
import { fieldSpan, unquoteField } from './csv-quoting.js';

/**
 * Reading and rewriting the phone field of one record while leaving every
 * other byte of it alone. `fields` is null for plain (quote-free) records.
 */
export function phoneFieldValue(text: string, fields: string[] | null, column: number): string {
  if (fields !== null) return fields[column] ?? '';
  let start = 0;
  for (let c = 0; c < column; c++) {
    const comma = text.indexOf(',', start);
    if (comma < 0) return '';
    start = comma + 1;
  }
  const end = text.indexOf(',', start);
  return end < 0 ? text.slice(start) : text.slice(start, end);
}

/** `text` with the phone field replaced by `phone` (digits and '+', never needs quotes). */
export function withPhoneField(
  text: string,
  fields: string[] | null,
  column: number,
  phone: string,
): string {
  const span = fieldSpan(text, column);
  if (span !== null) {
    const [start, end] = span;
    const spanMatchesParser =
      fields === null || unquoteField(text.slice(start, end)) === fields[column];
    if (spanMatchesParser) return text.slice(0, start) + phone + text.slice(end);
  }
  // Quoting too exotic to locate the raw bytes: re-serialise the parsed values,
  // which keeps every value though not necessarily its original quoting.
  const values = [...(fields ?? text.split(','))];
  values[column] = phone;
  return stringify([values], { record_delimiter: '' });
}
