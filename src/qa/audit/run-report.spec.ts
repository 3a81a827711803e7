import { everyStandard } from '../../compliance/test-support/builders.js';
import { buildRunReport } from './run-report.js';

const due = new Date('2026-11-25T16:00:00Z');
const pass = everyStandard<'pass' | 'fail'>('pass');

describe('run report', () => {
  const report = buildRunReport({
    population: [
      { agentCode: 'A1' },
      { agentCode: 'A1' },
      { agentCode: 'A1' },
      { agentCode: 'A2' },
      { agentCode: 'A3' },
    ],
    items: [
      { id: 1, agentCode: 'A1', dueAt: due, reviewedAt: new Date('2026-11-24T00:00:00Z') },
      { id: 2, agentCode: 'A1', dueAt: due, reviewedAt: new Date('2026-11-26T00:00:00Z') },
      { id: 3, agentCode: 'A2', dueAt: due, reviewedAt: null },
    ],
    reviews: [
      { itemId: 1, passed: true, rules: pass },
      { itemId: 2, passed: false, rules: { ...pass, consent: 'fail', script: 'fail' } },
    ],
    now: new Date('2026-11-27T00:00:00Z'),
  });

  it('counts sampled, reviewed, open and overdue (late or still open past due)', () => {
    expect(report).toMatchObject({ population: 5, sampled: 3, reviewed: 2, open: 1 });
    expect(report.overdue).toBe(2);
    expect(report.overdueOpen).toBe(1);
  });

  it('gives pass rates overall and per standard', () => {
    expect(report.passRate).toBe(0.5);
    expect(report.passRateByStandard).toEqual({
      identity: 1,
      comprehension: 1,
      script: 0.5,
      consent: 0.5,
    });
  });

  it('breaks figures down per agent, null rates where nothing was reviewed', () => {
    expect(report.agents).toEqual([
      expect.objectContaining({
        agentCode: 'A1',
        population: 3,
        sampled: 2,
        reviewed: 2,
        passed: 1,
      }),
      expect.objectContaining({
        agentCode: 'A2',
        population: 1,
        sampled: 1,
        reviewed: 0,
        passRate: null,
      }),
      expect.objectContaining({ agentCode: 'A3', population: 1, sampled: 0, reviewed: 0 }),
    ]);
  });
});
