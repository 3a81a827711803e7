import { stringify } from 'csv-stringify/sync';
import { LEDGER_CSV_COLUMNS, ledgerCsvCells } from './ledger-head-cells.js';
import type { WeeklyReport } from './report-types.js';
import {
  LANGUAGE_CSV_COLUMNS,
  languageCells,
  languageFindingRows,
} from './service-language-csv.js';
import { WORK_ORDER_CSV_COLUMNS, withWorkOrderRows } from './work-order-csv.js';

/**
 * The report as one flat table: the centre's totals first, then one row per
 * team, then one per agent, all with the same columns so a spreadsheet can
 * filter on `scope`. Rates are fractions (0.5 = 50%); an empty cell is a rate
 * with nothing to divide by. complaintsResolved, complaintsReopened and
 * reopenRate exist for the centre only; the service-language columns and
 * the recurring-finding rows at the end are service-language-csv.ts.
 */
export const CSV_COLUMNS = [
  'week',
  'scope',
  'agentCode',
  'team',
  'dials',
  'connected',
  'connectRate',
  'sales',
  'validSales',
  'validRate',
  'complaints',
  'complaintsResolved',
  'complaintRate',
  'complaintsReopened',
  'reopenRate',
  ...LANGUAGE_CSV_COLUMNS,
  ...LEDGER_CSV_COLUMNS,
] as const;

type Cell = string | number | null;

export function reportCsvRows(r: WeeklyReport): Cell[][] {
  const total: Cell[] = [
    r.week,
    'centre',
    null,
    null,
    r.dials,
    r.connected,
    r.connectRate,
    r.sales,
    r.validSales,
    r.validRate,
    r.complaints,
    r.complaintsResolved,
    r.complaintRate,
    r.complaintsReopened,
    r.reopenRate,
    ...languageCells(r, { scope: 'centre' }),
  ];
  const teams = r.teams.map((t): Cell[] => [
    r.week,
    'team',
    null,
    t.team,
    t.dials,
    t.connected,
    t.connectRate,
    t.sales,
    t.validSales,
    t.validRate,
    t.complaints,
    null,
    t.complaintRate,
    null,
    null,
    ...languageCells(r, { scope: 'team', team: t.team }),
  ]);
  const agents = r.agents.map((a): Cell[] => [
    r.week,
    'agent',
    a.agentCode,
    a.team,
    a.dials,
    a.connected,
    a.connectRate,
    a.sales,
    a.validSales,
    a.validRate,
    a.complaints,
    null,
    a.complaintRate,
    null,
    null,
    ...languageCells(r, { scope: 'agent', agentCode: a.agentCode }),
  ]);
  const rows = [total, ...teams, ...agents].map((row, i) => [
    ...row,
    ...ledgerCsvCells(r, i === 0),
  ]);
  return [...rows, ...languageFindingRows(r, CSV_COLUMNS)];
}

export function reportCsv(r: WeeklyReport): string {
  // null → empty cell; csv-stringify quotes only what needs quoting.
  const rows = withWorkOrderRows(reportCsvRows(r), CSV_COLUMNS.length, r);
  return stringify([[...CSV_COLUMNS, ...WORK_ORDER_CSV_COLUMNS], ...rows], {
    cast: { number: (n) => String(n) },
  });
}
