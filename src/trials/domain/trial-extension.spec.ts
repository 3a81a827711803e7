import { apply, applyAll, opened, outcome } from './trial.fixtures.js';

const DAY1 = '2026-12-12T10:00:00+08:00';
const DAY2 = '2026-12-17T10:00:00+08:00';

describe('unreachable / suspended: extend once, then cancel', () => {
  it('the first unreachable extends by one trial period and restarts both steps', () => {
    const { state, effects } = apply(opened(), outcome(1, 'unreachable', 'c1', DAY1));
    expect(state).toMatchObject({ status: 'extended', trialEnd: '2027-01-18', extensions: 1 });
    expect(state.steps).toEqual([
      {
        step: 1,
        status: 'scheduled',
        dueAt: '2027-01-11T09:00:00.000+08:00',
        outcome: null,
        callId: null,
        attempt: 2,
      },
      {
        step: 2,
        status: 'scheduled',
        dueAt: '2027-01-16T09:00:00.000+08:00',
        outcome: null,
        callId: null,
        attempt: 2,
      },
    ]);
    expect(effects).toEqual([
      { type: 'cancel_jobs' },
      { type: 'schedule_step', step: 1, dueAt: '2027-01-11T09:00:00.000+08:00', attempt: 2 },
      { type: 'schedule_step', step: 2, dueAt: '2027-01-16T09:00:00.000+08:00', attempt: 2 },
      { type: 'schedule_charge_gate', at: '2027-01-19T00:00:00.000+08:00' },
      { type: 'emit_extension', previousTrialEnd: '2026-12-19', trialEnd: '2027-01-18' },
    ]);
  });

  it('needs no conversation: an unreachable "call" that fails the standards still extends', () => {
    const s = apply(opened(), outcome(1, 'suspended', 'c1', DAY1, false, false)).state;
    expect(s.status).toBe('extended');
  });

  it('suspended at step 2 also restarts a step 1 that was already done', () => {
    const s = applyAll(opened(), [
      outcome(1, 'continue', 'c1', DAY1),
      outcome(2, 'suspended', 'c2', DAY2),
    ]);
    expect(s.status).toBe('extended');
    expect(s.steps.map((x) => x.status)).toEqual(['scheduled', 'scheduled']);
  });

  it('after an extension the trial can still be confirmed before the new end', () => {
    const s = applyAll(opened(), [
      outcome(1, 'unreachable', 'c1', DAY1),
      outcome(1, 'continue', 'c2', '2026-12-25T10:00:00+08:00'),
      outcome(2, 'continue', 'c3', '2027-01-16T10:00:00+08:00'),
    ]);
    expect(s.status).toBe('confirmed');
    expect(s.trialEnd).toBe('2027-01-18');
  });

  it.each([
    ['unreachable', 'unreachable'],
    ['suspended', 'suspended'],
  ] as const)('a second %s cancels (reason %s) instead of extending again', (what, reason) => {
    const extended = apply(opened(), outcome(1, 'unreachable', 'c1', DAY1)).state;
    const { state, effects } = apply(extended, outcome(1, what, 'c2', '2027-01-11T10:00:00+08:00'));
    expect(state).toMatchObject({ status: 'cancelled', cancelReason: reason, extensions: 1 });
    expect(state.trialEnd).toBe('2027-01-18');
    expect(effects).toEqual([{ type: 'cancel_jobs' }, { type: 'emit_cancellation', reason }]);
  });

  it('a short trial extends by its own length with steps inside the new period', () => {
    const s = apply(opened(3), outcome(1, 'unreachable', 'c1', '2026-11-21T10:00:00+08:00')).state;
    expect(s.trialEnd).toBe('2026-11-25');
    expect(s.steps[0].dueAt).toBe('2026-11-24T09:00:00.000+08:00');
    expect(s.steps[1].dueAt).toBe('2026-11-25T09:00:00.000+08:00');
  });
});
