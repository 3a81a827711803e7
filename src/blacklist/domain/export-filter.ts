import type { Writable } from 'node:stream';
import { normalizePhone, phoneKey } from '../../common/phone/normalize-phone.js';
import { runPhoneCsvPass, type CsvInput } from './phone-csv-pass.js';

export interface ExportFilterOptions {
  /** The blacklist as it is now, looked up by `phoneKey`. */
  isBlacklisted(key: number): boolean;
  onProgress?(rowsRead: number, bytesRead: number): void;
}

/**
 * Re-checks an already filtered dial list against the blacklist at export
 * time, so a number blacklisted after the upload is still never exported.
 * Phones are normalised again rather than trusted: a row that does not
 * normalise cannot be checked, so it is dropped too. Resolves to the number
 * of data rows written.
 */
export async function filterExport(
  input: CsvInput,
  output: Writable,
  opts: ExportFilterOptions,
): Promise<number> {
  const { isBlacklisted } = opts;
  let exported = 0;
  const decide = (raw: string): string | null => {
    const phone = normalizePhone(raw);
    if (phone === null || isBlacklisted(phoneKey(phone))) return null;
    exported++;
    return phone;
  };
  await runPhoneCsvPass(input, output, { decide, onProgress: opts.onProgress });
  return exported;
}
