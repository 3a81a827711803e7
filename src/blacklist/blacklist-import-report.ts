/** What a blacklist import did, row by row (a bad row is reported, the good rows land). */
export interface BlacklistImportReport {
  rows: number;
  added: number;
  unchanged: number;
  failed: number;
  errors: { line: number; message: string }[];
}
