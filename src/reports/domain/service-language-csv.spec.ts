import { parse } from 'csv-parse/sync';
import { assembleReport } from './assemble.js';
import { CSV_COLUMNS, reportCsv } from './report-csv.js';
import { LANGUAGE_CSV_COLUMNS } from './service-language-csv.js';
import { emptyInputs, passes } from './test-support/report-inputs.js';

const report = assembleReport({
  ...emptyInputs(new Date('2026-11-23T00:00:00Z')),
  ...passes([
    { date: '2026-11-16', agent: 'A001', outcome: 'sale' },
    { date: '2026-11-16', agent: 'A003', outcome: 'refused' },
  ]),
  agents: [
    { code: 'A001', name: '李娜', team: 'T1' },
    { code: 'A003', name: '张敏', team: null },
  ],
  languageScores: [{ agentCode: 'A001', scored: 2, scoreSum: 170, tabooCalls: 1 }],
  recurringFindings: [
    {
      kind: 'taboo',
      family: 'taboo.shirking',
      phrase: '不归我管',
      findings: 3,
      calls: 2,
      exampleCallIds: [8, 3],
    },
  ],
});

/** Rows as records, keeping only the service-language columns and the row's identity. */
function languageRows(csv: string) {
  const rows = parse(csv, { columns: true }) as Record<string, string>[];
  return rows.map((r) =>
    Object.fromEntries(
      ['scope', 'agentCode', 'team', ...LANGUAGE_CSV_COLUMNS].map((c) => [c, r[c]]),
    ),
  );
}

describe('the service-language columns of the report CSV', () => {
  it('come in one block right after the complaint columns (later figures append after them)', () => {
    const at = CSV_COLUMNS.indexOf('reopenRate') + 1;
    expect(CSV_COLUMNS.slice(at, at + LANGUAGE_CSV_COLUMNS.length)).toEqual([
      ...LANGUAGE_CSV_COLUMNS,
    ]);
  });

  it('carry the rate on centre, team and agent rows, then one row per recurring finding', () => {
    const none = { finding: '', findingCalls: '', findingCount: '', findingExamples: '' };
    expect(languageRows(reportCsv(report))).toEqual([
      {
        scope: 'centre',
        agentCode: '',
        team: '',
        slScored: '2',
        slMeanScore: '85',
        slTabooCalls: '1',
        slTabooRate: '0.5',
        ...none,
      },
      {
        scope: 'team',
        agentCode: '',
        team: 'T1',
        slScored: '2',
        slMeanScore: '85',
        slTabooCalls: '1',
        slTabooRate: '0.5',
        ...none,
      },
      // No scored call: empty, not zero (nothing to divide).
      {
        scope: 'team',
        agentCode: '',
        team: '',
        slScored: '',
        slMeanScore: '',
        slTabooCalls: '',
        slTabooRate: '',
        ...none,
      },
      {
        scope: 'agent',
        agentCode: 'A001',
        team: 'T1',
        slScored: '2',
        slMeanScore: '85',
        slTabooCalls: '1',
        slTabooRate: '0.5',
        ...none,
      },
      {
        scope: 'agent',
        agentCode: 'A003',
        team: '',
        slScored: '',
        slMeanScore: '',
        slTabooCalls: '',
        slTabooRate: '',
        ...none,
      },
      {
        scope: 'service_language_finding',
        agentCode: '',
        team: '',
        slScored: '',
        slMeanScore: '',
        slTabooCalls: '',
        slTabooRate: '',
        finding: 'taboo:不归我管',
        findingCalls: '2',
        findingCount: '3',
        findingExamples: '/console/calls/3 /console/calls/8',
      },
    ]);
  });

  it('are empty for a revision stored before the figures existed', () => {
    const { serviceLanguage: _none, ...old } = report;
    const rows = languageRows(reportCsv(old));
    expect(rows.map((r) => r.scope)).toEqual(['centre', 'team', 'team', 'agent', 'agent']);
    expect(rows.every((r) => LANGUAGE_CSV_COLUMNS.every((c) => r[c] === ''))).toBe(true);
  });
});
