import {
  MAX_RECURRING,
  recurringFindings,
  serviceLanguageFigures,
  type RecurringFindingCount,
} from './service-language-figures.js';

const agents = [
  { code: 'A001', name: '李娜', team: 'T1' },
  { code: 'A002', name: '王磊', team: 'T1' },
  { code: 'A003', name: '张敏', team: null },
];
const group = (o: Partial<RecurringFindingCount>): RecurringFindingCount => ({
  kind: 'taboo',
  family: 'taboo.shirking',
  phrase: '不归我管',
  findings: 2,
  calls: 2,
  exampleCallIds: [9, 4],
  ...o,
});

describe('weekly service-language figures', () => {
  it('gives mean score and taboo share per agent, team (no team last) and centre', () => {
    const f = serviceLanguageFigures(
      [
        { agentCode: 'A002', scored: 2, scoreSum: 185, tabooCalls: 1 },
        { agentCode: 'A001', scored: 1, scoreSum: 70, tabooCalls: 1 },
        { agentCode: 'A003', scored: 3, scoreSum: 300, tabooCalls: 0 },
        { agentCode: 'X999', scored: 1, scoreSum: 100, tabooCalls: 0 },
      ],
      [],
      agents,
    );
    expect(f).toMatchObject({ scored: 7, meanScore: 93.6, tabooCalls: 2, tabooRate: 0.2857 });
    expect(f.agents).toEqual([
      {
        agentCode: 'A001',
        name: '李娜',
        team: 'T1',
        scored: 1,
        meanScore: 70,
        tabooCalls: 1,
        tabooRate: 1,
      },
      {
        agentCode: 'A002',
        name: '王磊',
        team: 'T1',
        scored: 2,
        meanScore: 92.5,
        tabooCalls: 1,
        tabooRate: 0.5,
      },
      {
        agentCode: 'A003',
        name: '张敏',
        team: null,
        scored: 3,
        meanScore: 100,
        tabooCalls: 0,
        tabooRate: 0,
      },
      // An agent code the catalogue no longer has still counts, without a name or team.
      {
        agentCode: 'X999',
        name: null,
        team: null,
        scored: 1,
        meanScore: 100,
        tabooCalls: 0,
        tabooRate: 0,
      },
    ]);
    expect(f.teams).toEqual([
      { team: 'T1', agents: 2, scored: 3, meanScore: 85, tabooCalls: 2, tabooRate: 0.6667 },
      { team: null, agents: 2, scored: 4, meanScore: 100, tabooCalls: 0, tabooRate: 0 },
    ]);
  });

  it('a week without scored calls has null rates, never NaN', () => {
    const f = serviceLanguageFigures([], [], agents);
    expect(f).toEqual({
      scored: 0,
      meanScore: null,
      tabooCalls: 0,
      tabooRate: null,
      agents: [],
      teams: [],
      recurring: [],
    });
  });

  it('lists findings on two or more calls, most calls first, each with up to three calls to open', () => {
    const rows = recurringFindings([
      group({ calls: 1, findings: 1 }),
      group({
        kind: 'greeting',
        family: '',
        phrase: '',
        calls: 3,
        findings: 3,
        exampleCallIds: [7, 2, 5, 1],
      }),
      group({ phrase: '你自己看', calls: 2, findings: 4 }),
      group({ calls: 2, findings: 2 }),
    ]);
    expect(rows.map((r) => [r.kind, r.phrase, r.calls, r.findings])).toEqual([
      ['greeting', null, 3, 3],
      ['taboo', '你自己看', 2, 4],
      ['taboo', '不归我管', 2, 2],
    ]);
    expect(rows[0]).toMatchObject({ label: '缺少问候语', family: null });
    expect(rows[0].examples).toEqual(
      [1, 2, 5].map((callId) => ({ callId, url: `/console/calls/${callId}` })),
    );
    expect(rows[2]).toMatchObject({ label: '服务禁语', family: 'taboo.shirking' });
  });

  it('keeps at most ten recurring findings', () => {
    const many = Array.from({ length: 15 }, (_, i) => group({ phrase: `词${i}`, calls: 2 + i }));
    const rows = recurringFindings(many);
    expect(rows).toHaveLength(MAX_RECURRING);
    expect(rows[0].phrase).toBe('词14');
  });
});
