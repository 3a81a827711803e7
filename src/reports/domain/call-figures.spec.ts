import {
  agentFigures,
  teamFigures,
  trend,
  weekAgentCounts,
  weekTotals,
  type WeekAgentCounts,
} from './call-figures.js';
import { reportWeek, weeksEndingAt } from './week.js';

const TZ = 'Asia/Shanghai';
const W47 = reportWeek('2026-W47', TZ);
const row = (
  week: string,
  agentCode: string,
  dials: number,
  connected: number,
  sales: number,
  validSales: number,
): WeekAgentCounts => ({ week, agentCode, dials, connected, sales, validSales });

const ROWS = [
  row('2026-W46', 'A001', 9, 9, 9, 9),
  row('2026-W47', 'A001', 5, 3, 2, 1),
  row('2026-W47', 'A002', 4, 4, 2, 1),
  row('2026-W48', 'A002', 9, 9, 9, 9),
  row('2026-W47', 'A003', 1, 0, 0, 0),
];
const AGENTS = new Map([
  ['A001', { code: 'A001', name: '李娜', team: 'T1' }],
  ['A002', { code: 'A002', name: '王磊', team: 'T1' }],
  ['A003', { code: 'A003', name: '张敏', team: null }],
  ['A004', { code: 'A004', name: '刘洋', team: 'T2' }],
]);

describe('weekAgentCounts', () => {
  it('folds the calls pass: connected is every outcome but the four unanswered ones', () => {
    const o = (outcome: string, finalStatus: string, calls: number, week = '2026-W47') => ({
      week,
      agentCode: 'A001',
      outcome,
      finalStatus,
      calls,
    });
    expect(
      weekAgentCounts([
        o('sale', 'valid', 2),
        o('sale', 'invalid', 1),
        o('sale', 'needs_review', 1),
        o('refused', 'valid', 1),
        o('hung_up', 'needs_review', 1),
        o('no_answer', 'needs_review', 3),
        o('busy', 'valid', 1),
        o('unreachable', 'valid', 1),
        o('suspended', 'valid', 4, '2026-W48'),
      ]),
    ).toEqual([
      { week: '2026-W47', agentCode: 'A001', dials: 11, connected: 6, sales: 4, validSales: 2 },
      { week: '2026-W48', agentCode: 'A001', dials: 4, connected: 0, sales: 0, validSales: 0 },
    ]);
  });
});

describe('weekly call figures', () => {
  it('totals only the report week', () => {
    expect(weekTotals(ROWS, W47)).toEqual({ dials: 10, connected: 7, sales: 4, validSales: 2 });
  });

  it('gives each agent counts, rates and complaint rate; null where nothing to divide', () => {
    const agents = agentFigures(
      ROWS,
      W47,
      new Map([
        ['A001', 1],
        ['A004', 2],
      ]),
      AGENTS,
    );
    expect(agents.map((a) => a.agentCode)).toEqual(['A001', 'A002', 'A003', 'A004']);
    expect(agents[0]).toEqual({
      agentCode: 'A001',
      dials: 5,
      connected: 3,
      sales: 2,
      validSales: 1,
      connectRate: 0.6,
      validRate: 0.5,
      complaints: 1,
      complaintRate: 0.5,
      name: '李娜',
      team: 'T1',
    });
    expect(agents[2]).toMatchObject({
      dials: 1,
      connectRate: 0,
      validRate: null,
      complaintRate: null,
    });
    // Only a complaint this week: listed, with no sales to divide by.
    expect(agents[3]).toMatchObject({
      dials: 0,
      connectRate: null,
      complaints: 2,
      complaintRate: null,
    });
  });

  it('lists an agent missing from the catalogue without name or team', () => {
    const [a] = agentFigures([row('2026-W47', 'X9', 1, 1, 1, 1)], W47, new Map(), AGENTS);
    expect(a).toMatchObject({ agentCode: 'X9', name: null, team: null, validRate: 1 });
  });

  it('sums agents into teams, the unassigned group last', () => {
    const teams = teamFigures(agentFigures(ROWS, W47, new Map([['A004', 2]]), AGENTS));
    expect(teams).toEqual([
      {
        team: 'T1',
        agents: 2,
        dials: 9,
        connected: 7,
        sales: 4,
        validSales: 2,
        connectRate: 0.7778,
        validRate: 0.5,
        complaints: 0,
        complaintRate: 0,
      },
      expect.objectContaining({
        team: 'T2',
        agents: 1,
        dials: 0,
        complaints: 2,
        complaintRate: null,
      }),
      expect.objectContaining({ team: null, agents: 1, dials: 1, validRate: null }),
    ]);
  });

  it('gives a trend point per week, empty weeks as zeros with null rates', () => {
    const points = trend(ROWS, weeksEndingAt('2026-W48', 3, TZ));
    expect(points.map((p) => [p.week, p.dials, p.validRate, p.revision])).toEqual([
      ['2026-W46', 9, 1, null],
      ['2026-W47', 10, 0.5, null],
      ['2026-W48', 9, 1, null],
    ]);
    expect(trend([], weeksEndingAt('2026-W47', 2, TZ))[0]).toMatchObject({
      week: '2026-W46',
      from: '2026-11-09',
      to: '2026-11-15',
      dials: 0,
      connectRate: null,
      validRate: null,
    });
  });

  it('shows an earlier week as stored and the others as computed', () => {
    const stored = new Map([
      ['2026-W46', { revision: 2, counts: { dials: 5, connected: 4, sales: 2, validSales: 1 } }],
    ]);
    const points = trend(ROWS, weeksEndingAt('2026-W47', 2, TZ), stored);
    expect(points.map((p) => [p.week, p.dials, p.validRate, p.revision])).toEqual([
      ['2026-W46', 5, 0.5, 2],
      ['2026-W47', 10, 0.5, null],
    ]);
  });
});
