import { parse } from 'csv-parse/sync';
import { assembleReport, type ReportInputs } from './assemble.js';
import { CSV_COLUMNS, reportCsv } from './report-csv.js';
import { emptyInputs, passes } from './test-support/report-inputs.js';
import { WORK_ORDER_CSV_COLUMNS } from './work-order-csv.js';

const inputs: ReportInputs = {
  ...emptyInputs(new Date('2026-11-23T00:00:00Z')),
  ...passes([
    { date: '2026-11-16', agent: 'A001', outcome: 'sale' },
    { date: '2026-11-16', agent: 'A001', outcome: 'sale', fails: ['identity'] },
    { date: '2026-11-16', agent: 'A001', outcome: 'busy' },
    { date: '2026-11-16', agent: 'A003', outcome: 'no_answer' },
  ]),
  complaints: [
    { agentCode: 'A001', complaints: 1, closed: 1, reopened: 1, reopens: 1, callBacks: 2 },
  ],
  agents: [
    { code: 'A001', name: '李娜', team: 'T1, north' },
    { code: 'A003', name: '张敏', team: null },
  ],
};

/**
 * The columns before the service-language ones: service-language-csv.spec.ts and
 * work-order-csv.spec.ts check theirs.
 */
const base = (row: string[]) => row.slice(0, CSV_COLUMNS.indexOf('slScored'));

describe('reportCsv', () => {
  it('has the centre row, then teams, then agents, with empty cells for null rates', () => {
    const rows = parse(reportCsv(assembleReport(inputs))) as string[][];
    expect(rows[0]).toEqual([...CSV_COLUMNS, ...WORK_ORDER_CSV_COLUMNS]);
    expect(rows.slice(1).map(base)).toEqual([
      ['2026-W47', 'centre', '', '', '4', '2', '0.5', '2', '1', '0.5', '1', '1', '0.5', '1', '0.5'],
      [
        '2026-W47',
        'team',
        '',
        'T1, north',
        '3',
        '2',
        '0.6667',
        '2',
        '1',
        '0.5',
        '1',
        '',
        '0.5',
        '',
        '',
      ],
      ['2026-W47', 'team', '', '', '1', '0', '0', '0', '0', '', '0', '', '', '', ''],
      [
        '2026-W47',
        'agent',
        'A001',
        'T1, north',
        '3',
        '2',
        '0.6667',
        '2',
        '1',
        '0.5',
        '1',
        '',
        '0.5',
        '',
        '',
      ],
      ['2026-W47', 'agent', 'A003', '', '1', '0', '0', '0', '0', '', '0', '', '', '', ''],
    ]);
  });

  it('quotes a field holding a comma', () => {
    expect(reportCsv(assembleReport(inputs))).toContain('"T1, north"');
  });

  it('an empty week is one centre row of zeros', () => {
    const rows = parse(reportCsv(assembleReport({ ...inputs, outcomes: [], complaints: [] })));
    expect((rows.slice(1) as string[][]).map(base)).toEqual([
      ['2026-W47', 'centre', '', '', '0', '0', '', '0', '0', '', '0', '0', '', '0', ''],
    ]);
  });
});
