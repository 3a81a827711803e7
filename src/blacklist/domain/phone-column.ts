import { decodeField } from './csv-text.js';

/**
 * Header names that mark the phone column, in order of preference; matched
 * case-insensitively after trimming. Without a match the first column is used.
 */
export const PHONE_COLUMN_NAMES = [
  'phone',
  'mobile',
  '手机',
  '手机号',
  '手机号码',
  '电话',
  '电话号码',
  '联系电话',
  'tel',
  'telephone',
  'msisdn',
  'phone_number',
  'mobile_phone',
] as const;

const EDGE_NOISE = /^[\s"']+|[\s"']+$/g;

/** Splits a header record (plain or already parsed) into comparable names. */
export function headerNames(text: string, fields: string[] | null): string[] {
  return (fields ?? text.split(',')).map((f) =>
    decodeField(f).replace(EDGE_NOISE, '').toLowerCase(),
  );
}

/** Index of the phone column among header names; 0 when none is named. */
export function phoneColumnIndex(names: readonly string[]): number {
  for (const wanted of PHONE_COLUMN_NAMES) {
    const index = names.indexOf(wanted);
    if (index >= 0) return index;
  }
  return 0;
}

/** Whether any header name is a known phone column name. */
export function hasNamedPhoneColumn(names: readonly string[]): boolean {
  return PHONE_COLUMN_NAMES.some((wanted) => names.includes(wanted));
}
