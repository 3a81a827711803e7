import type { WeeklyReport } from './report-types.js';
import type { WorkOrderFigures } from './work-order-figures.js';

/**
 * The work-order QA figures in the report's flat CSV: five columns after the
 * shared ones (empty on team and agent rows), the centre's totals on its row,
 * and one `handler` row per complaint handler, named in the `handler` column.
 */
export const WORK_ORDER_CSV_COLUMNS = [
  'handler',
  'workOrdersReviewed',
  'workOrdersPassed',
  'workOrderPassRate',
  'workOrdersContested',
  'workOrdersOverturned',
] as const;

type Cell = string | number | null;

const cells = (f: WorkOrderFigures): Cell[] => [
  f.reviewed,
  f.passed,
  f.passRate,
  f.contested,
  f.overturned,
];

/** The shared rows widened by the work-order columns, then the handler rows. */
export function withWorkOrderRows(
  rows: Cell[][],
  width: number,
  r: Pick<WeeklyReport, 'week'> & Partial<Pick<WeeklyReport, 'workOrderQa'>>,
): Cell[][] {
  // A revision stored before these figures existed has none: its cells stay empty.
  const wo = r.workOrderQa;
  const blank = (n: number): Cell[] => Array<Cell>(n).fill(null);
  const empty = blank(WORK_ORDER_CSV_COLUMNS.length);
  const widened = rows.map((row) =>
    row[1] === 'centre' && wo ? [...row, null, ...cells(wo)] : [...row, ...empty],
  );
  const handlers = (wo?.handlers ?? []).map((h): Cell[] => [
    r.week,
    'handler',
    ...blank(width - 2),
    h.handler.name,
    ...cells(h),
  ]);
  return [...widened, ...handlers];
}
