import { everyStandard } from '../../compliance/test-support/builders.js';
import { assembleReport, REPORT_VERSION } from './assemble.js';
import { emptyInputs, passes } from './test-support/report-inputs.js';

describe('assembleReport', () => {
  it('an empty week is all zeros with null rates', () => {
    const r = assembleReport(emptyInputs());
    expect(r).toMatchObject({
      week: '2026-W47',
      dials: 0,
      connected: 0,
      connectRate: null,
      sales: 0,
      validSales: 0,
      validRate: null,
      complaints: 0,
      complaintsResolved: 0,
      agents: [],
      invalidRate: null,
      complaintRate: null,
      teams: [],
      problems: [],
      complete: true,
      reportVersion: REPORT_VERSION,
      confirmations: { due: 0, done: 0, doneRate: null, extended: 0, cancelled: 0, charged: 0 },
    });
    expect(r.trend).toHaveLength(8);
    expect(r.trend.every((p) => p.dials === 0 && p.validRate === null)).toBe(true);
    expect(r.qa.passRate).toBeNull();
    // The query gives one row per tier row; with none there is only the zero total.
    expect(r.qa.tiers).toEqual([]);
    expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity/);
  });

  it('keeps the contract fields first, in the contract order', () => {
    expect(Object.keys(assembleReport(emptyInputs())).slice(0, 10)).toEqual([
      'week',
      'dials',
      'connected',
      'connectRate',
      'sales',
      'validSales',
      'validRate',
      'complaints',
      'complaintsResolved',
      'agents',
    ]);
  });

  it('folds every outcome kind: only no_answer, busy, unreachable and suspended are not connected', () => {
    const outcomes = [
      'sale',
      'refused',
      'no_answer',
      'busy',
      'unreachable',
      'suspended',
      'hung_up',
    ];
    const r = assembleReport({
      ...emptyInputs(),
      ...passes(outcomes.map((outcome) => ({ date: '2026-11-18', agent: 'A001', outcome }))),
    });
    expect(r).toMatchObject({
      dials: 7,
      connected: 3,
      connectRate: 0.4286,
      sales: 1,
      validSales: 1,
    });
  });

  it('counts complaints not linked to a call in the total but for no agent', () => {
    const r = assembleReport({
      ...emptyInputs(),
      ...passes([
        { date: '2026-11-17', agent: 'A001', outcome: 'sale' },
        { date: '2026-11-17', agent: 'A001', outcome: 'sale', fails: ['consent'] },
        { date: '2026-11-17', agent: 'A001', outcome: 'refused' },
        { date: '2026-11-17', agent: 'A001', outcome: 'busy' },
      ]),
      complaints: [
        { agentCode: null, complaints: 2, closed: 1, reopened: 1, reopens: 2, callBacks: 3 },
        { agentCode: 'A001', complaints: 1, closed: 0, reopened: 0, reopens: 0, callBacks: 1 },
      ],
      complaintHandlers: [
        {
          ownerId: 7,
          ownerName: '王',
          complaints: 3,
          closed: 1,
          reopened: 1,
          reopens: 2,
          callBacks: 4,
        },
      ],
    });
    expect(r).toMatchObject({
      complaints: 3,
      complaintsResolved: 1,
      complaintsReopened: 1,
      // Two of the four call-backs found the customer dissatisfied.
      reopenRate: 0.5,
      complaintHandlers: [
        { owner: { id: 7, name: '王' }, complaints: 3, closed: 1, reopened: 1, reopenRate: 0.5 },
      ],
      complaintRate: 1.5,
      invalidRate: 0.5,
    });
    expect(r.agents).toEqual([
      expect.objectContaining({ agentCode: 'A001', complaints: 1, complaintRate: 0.5 }),
    ]);
  });

  it('marks a week still running as incomplete', () => {
    expect(assembleReport(emptyInputs(new Date('2026-11-20T00:00:00Z'))).complete).toBe(false);
  });

  it('lists the failed standards most failed first, with links to example calls', () => {
    const sale = (id: number, fails: ('identity' | 'script' | 'consent')[]) => ({
      id,
      date: '2026-11-17',
      agent: 'A001',
      outcome: 'sale',
      fails,
    });
    const r = assembleReport({
      ...emptyInputs(),
      ...passes([
        sale(2, ['script']),
        sale(4, ['consent']),
        sale(7, ['identity']),
        sale(8, ['script']),
        sale(9, ['script']),
        sale(10, []),
        sale(11, []),
        sale(12, []),
      ]),
    });
    expect(r.problems.map((p) => [p.standard, p.failures, p.failureRate])).toEqual([
      ['script', 3, 0.375],
      ['identity', 1, 0.125],
      ['consent', 1, 0.125],
    ]);
    expect(r.problems[0].examples).toEqual([
      { callId: 2, url: '/console/calls/2' },
      { callId: 9, url: '/console/calls/9' },
    ]);
    expect(r.failuresByStandard.map((s) => s.standard)).toEqual([
      'identity',
      'comprehension',
      'script',
      'consent',
    ]);
  });

  it('summarises QA per tier and in total, rates over reviewed items', () => {
    const r = assembleReport({
      ...emptyInputs(),
      qa: [
        {
          tier: 'daily',
          label: '每日抽查（10%）',
          sampled: 4,
          reviewed: 2,
          passed: 1,
          ...everyStandard(0),
          identity: 2,
          comprehension: 2,
          script: 1,
          consent: 2,
        },
        {
          tier: 'weekly',
          label: '每周抽查（5%）',
          sampled: 2,
          reviewed: 0,
          passed: 0,
          ...everyStandard(0),
          identity: 0,
          comprehension: 0,
          script: 0,
          consent: 0,
        },
      ],
    });
    expect(r.qa).toMatchObject({
      sampled: 6,
      reviewed: 2,
      passRate: 0.5,
      standards: { identity: 1, comprehension: 1, script: 0.5, consent: 1 },
    });
    expect(r.qa.tiers[1]).toMatchObject({ tier: 'weekly', sampled: 2, passRate: null });
    expect(r.qa.tiers[1].standards.script).toBeNull();
  });

  it('reads trial events for the confirmations section', () => {
    const r = assembleReport({
      ...emptyInputs(),
      confirmationSteps: { due: 4, done: 3 },
      trialEvents: new Map([
        ['trial.extended', 1],
        ['trial.cancelled', 2],
        ['trial.charged', 5],
      ]),
    });
    expect(r.confirmations).toEqual({
      due: 4,
      done: 3,
      doneRate: 0.75,
      extended: 1,
      cancelled: 2,
      charged: 5,
    });
  });
});
