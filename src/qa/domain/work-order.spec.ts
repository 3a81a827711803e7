import { drawSample } from './draw.js';
import { judgeChecks, WORK_ORDER_CRITERIA } from './work-order-checklist.js';
import { workOrderPopulation } from './work-order-population.js';
import {
  assertMayContest,
  assertMayDecide,
  assertMayReview,
  countsAsPassed,
  decidedStatus,
  type WorkOrderState,
} from './work-order-review.js';

const allPass = Object.fromEntries(WORK_ORDER_CRITERIA.map((c) => [c, { pass: true }]));
const item = (s: Partial<WorkOrderState>): WorkOrderState => ({
  id: 7,
  status: 'open',
  handlerId: 10,
  reviewerId: null,
  ...s,
});
const supervisor = (id: number) => ({ id, role: 'supervisor' });
const code = (f: () => void) => {
  try {
    f();
  } catch (err) {
    return (err as { code: string }).code;
  }
  return 'none';
};

describe('judgeChecks (合格工单界定标准)', () => {
  it('passes when every criterion passes', () => {
    expect(judgeChecks(allPass)).toMatchObject({ passed: true, failed: [] });
  });

  it('fails on one failed criterion and keeps its note', () => {
    const judged = judgeChecks({ ...allPass, courteous: { pass: false, note: ' 语气生硬 ' } });
    expect(judged).toMatchObject({ passed: false, failed: ['courteous'] });
    expect(judged.checks.courteous).toEqual({ pass: false, note: '语气生硬' });
  });

  it('refuses a fail without a note, or with a blank one, naming the criterion', () => {
    for (const note of [undefined, '  '])
      expect(() => judgeChecks({ ...allPass, calledBack: { pass: false, note } })).toThrow(
        'checks.calledBack.note',
      );
  });

  it('refuses a checklist with a criterion left out', () => {
    const { courteous: _left, ...rest } = allPass;
    expect(() => judgeChecks(rest)).toThrow('checks.courteous');
  });
});

describe('the two-way review rules', () => {
  it('lets the tier role or an admin review an open item, never its own handler', () => {
    expect(code(() => assertMayReview(item({}), supervisor(1), 'supervisor'))).toBe('none');
    expect(code(() => assertMayReview(item({}), { id: 1, role: 'admin' }, 'supervisor'))).toBe(
      'none',
    );
    expect(code(() => assertMayReview(item({}), { id: 1, role: 'inspector' }, 'supervisor'))).toBe(
      'WORK_ORDER_REVIEWER_ROLE',
    );
    expect(code(() => assertMayReview(item({}), supervisor(10), 'supervisor'))).toBe(
      'WORK_ORDER_OWN_COMPLAINT',
    );
    expect(
      code(() => assertMayReview(item({ status: 'failed' }), supervisor(1), 'supervisor')),
    ).toBe('WORK_ORDER_ALREADY_REVIEWED');
  });

  it('lets only the handler contest, only a fail, only once', () => {
    const failed = item({ status: 'failed', reviewerId: 1 });
    expect(code(() => assertMayContest(failed, { id: 10, role: 'inspector' }))).toBe('none');
    expect(code(() => assertMayContest(failed, { id: 11, role: 'inspector' }))).toBe(
      'WORK_ORDER_NOT_HANDLER',
    );
    expect(code(() => assertMayContest(item({ status: 'passed' }), { id: 10, role: 'x' }))).toBe(
      'WORK_ORDER_NOT_FAILED',
    );
    for (const status of ['contested', 'upheld', 'overturned'] as const)
      expect(code(() => assertMayContest(item({ status }), { id: 10, role: 'x' }))).toBe(
        'WORK_ORDER_ALREADY_CONTESTED',
      );
    expect(
      code(() =>
        assertMayContest(item({ status: 'failed', handlerId: null }), { id: 10, role: 'x' }),
      ),
    ).toBe('WORK_ORDER_NOT_HANDLER');
  });

  it('has a second supervisor decide a contest: not the reviewer, not the handler, once', () => {
    const contested = item({ status: 'contested', reviewerId: 1 });
    expect(code(() => assertMayDecide(contested, supervisor(2)))).toBe('none');
    expect(code(() => assertMayDecide(contested, supervisor(1)))).toBe('WORK_ORDER_SELF_DECISION');
    expect(code(() => assertMayDecide(contested, supervisor(10)))).toBe('WORK_ORDER_SELF_DECISION');
    expect(code(() => assertMayDecide(contested, { id: 2, role: 'inspector' }))).toBe(
      'WORK_ORDER_DECIDER_ROLE',
    );
    expect(
      code(() => assertMayDecide(item({ status: 'failed', reviewerId: 1 }), supervisor(2))),
    ).toBe('WORK_ORDER_NOT_CONTESTED');
    expect(
      code(() => assertMayDecide(item({ status: 'upheld', reviewerId: 1 }), supervisor(2))),
    ).toBe('WORK_ORDER_ALREADY_DECIDED');
  });

  it('counts an overturned fail as passed, an upheld one as failed', () => {
    expect(countsAsPassed(decidedStatus('overturn'))).toBe(true);
    expect(countsAsPassed(decidedStatus('uphold'))).toBe(false);
    expect(countsAsPassed('passed')).toBe(true);
    expect(countsAsPassed('failed')).toBe(false);
  });
});

describe('workOrderPopulation with the call draw', () => {
  const closed = Array.from({ length: 30 }, (_, i) => ({
    id: i + 1,
    ownerId: (i % 3) + 1,
    reopenCount: i === 4 ? 1 : 0,
    missedLimits: i === 9 ? ['resolution'] : [],
  }));

  it('always takes every reopened or overdue work order, plus the rate of the week at random', () => {
    const result = drawSample({ seed: 's1', rate: 0.1, population: workOrderPopulation(closed) });
    expect(result.quota).toBe(3);
    expect(result.items.filter((i) => i.reason === 'flagged').map((i) => i.callId)).toEqual([
      5, 10,
    ]);
    expect(result.items.filter((i) => i.reason === 'random')).toHaveLength(3);
    // Spread across handlers: three random picks, three handlers.
    expect(
      new Set(result.items.filter((i) => i.reason === 'random').map((i) => i.agentCode)).size,
    ).toBe(3);
  });

  it('is reproducible from the seed, whatever the order the complaints were read in', () => {
    const a = drawSample({ seed: 's2', rate: 0.1, population: workOrderPopulation(closed) });
    const b = drawSample({
      seed: 's2',
      rate: 0.1,
      population: workOrderPopulation([...closed].reverse()),
    });
    expect(b.items).toEqual(a.items);
  });

  it('puts an unowned complaint in a stratum of its own', () => {
    expect(
      workOrderPopulation([{ id: 1, ownerId: null, reopenCount: 0, missedLimits: [] }])[0]
        .agentCode,
    ).toBe('none');
  });
});
