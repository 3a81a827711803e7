import { parse } from 'csv-parse/sync';
import { assembleReport } from './assemble.js';
import { CSV_COLUMNS, reportCsv } from './report-csv.js';
import { emptyInputs } from './test-support/report-inputs.js';
import { WORK_ORDER_CSV_COLUMNS } from './work-order-csv.js';
import { workOrderQa, type WorkOrderHandlerCounts } from './work-order-figures.js';

const row = (name: string, id: number | null, c: Partial<WorkOrderHandlerCounts>) => ({
  handlerId: id,
  handlerName: name,
  sampled: 0,
  reviewed: 0,
  passed: 0,
  contested: 0,
  overturned: 0,
  ...c,
});

describe('workOrderQa', () => {
  it('totals the handlers and gives each a pass rate over reviewed work orders', () => {
    const f = workOrderQa([
      row('乙', 2, { sampled: 2, reviewed: 1, passed: 1 }),
      row('甲', 1, { sampled: 3, reviewed: 3, passed: 2, contested: 2, overturned: 1 }),
    ]);
    expect(f).toMatchObject({ sampled: 5, reviewed: 4, passed: 3, passRate: 0.75, contested: 2 });
    expect(f.handlers.map((h) => [h.handler.name, h.passRate])).toEqual([
      ['乙', 1],
      ['甲', 0.6667],
    ]);
  });

  it('has a null pass rate with nothing reviewed, never NaN', () => {
    expect(workOrderQa([row('甲', 1, { sampled: 1 })]).passRate).toBeNull();
    expect(workOrderQa([])).toEqual({
      sampled: 0,
      reviewed: 0,
      passed: 0,
      passRate: null,
      contested: 0,
      overturned: 0,
      handlers: [],
    });
  });
});

describe('work-order CSV cells', () => {
  const n = CSV_COLUMNS.length;
  it('puts totals on the centre row and one handler row per handler', () => {
    const report = assembleReport({
      ...emptyInputs(),
      workOrders: [row('甲', 1, { sampled: 2, reviewed: 2, passed: 1, contested: 1 })],
    });
    const rows = parse(reportCsv(report)) as string[][];
    expect(rows[0].slice(n)).toEqual([...WORK_ORDER_CSV_COLUMNS]);
    expect(rows[1].slice(n)).toEqual(['', '2', '1', '0.5', '1', '0']);
    const handler = rows.at(-1)!;
    expect(handler.slice(0, 2)).toEqual(['2026-W47', 'handler']);
    expect(handler.slice(2, n).every((c) => c === '')).toBe(true);
    expect(handler.slice(n)).toEqual(['甲', '2', '1', '0.5', '1', '0']);
  });

  it('leaves the cells empty for a revision stored before the figures existed', () => {
    const { workOrderQa: _absent, ...old } = assembleReport(emptyInputs());
    const rows = parse(reportCsv(old as never)) as string[][];
    expect(rows).toHaveLength(2);
    expect(rows[1].slice(n)).toEqual(['', '', '', '', '', '']);
  });
});
