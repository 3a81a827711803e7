import type { WeeklyReport } from './report-types.js';

/** CSV columns after the figures: the consent ledger's head, on the centre row only. */
export const LEDGER_CSV_COLUMNS = ['ledgerHeadSeq', 'ledgerHeadHash'] as const;

export function ledgerCsvCells(r: WeeklyReport, centreRow: boolean): (number | string | null)[] {
  return centreRow ? [r.ledgerHead?.seq ?? null, r.ledgerHead?.hash ?? null] : [null, null];
}
