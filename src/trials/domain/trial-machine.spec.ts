import { openTrial } from './open-trial.js';
import { apply, applyAll, config, confirmed, opened, outcome, SALE_AT } from './trial.fixtures.js';
import type { TrialState } from './trial.types.js';

const GATE = '2026-12-20T00:00:00+08:00';
const DAY1 = '2026-12-12T10:00:00+08:00';

describe('openTrial', () => {
  it('opens a trial with both steps and the charge gate scheduled', () => {
    const { state, effects } = openTrial(
      { saleStartedAt: SALE_AT, trialDays: 30, now: SALE_AT },
      config,
    );
    expect(state).toEqual({
      status: 'trial',
      trialStart: '2026-11-20',
      trialEnd: '2026-12-19',
      trialDays: 30,
      extensions: 0,
      usedCallIds: [],
      steps: [
        {
          step: 1,
          status: 'scheduled',
          dueAt: '2026-12-12T09:00:00.000+08:00',
          outcome: null,
          callId: null,
          attempt: 1,
        },
        {
          step: 2,
          status: 'scheduled',
          dueAt: '2026-12-17T09:00:00.000+08:00',
          outcome: null,
          callId: null,
          attempt: 1,
        },
      ],
    });
    expect(effects).toEqual([
      { type: 'schedule_step', step: 1, dueAt: '2026-12-12T09:00:00.000+08:00', attempt: 1 },
      { type: 'schedule_step', step: 2, dueAt: '2026-12-17T09:00:00.000+08:00', attempt: 1 },
      { type: 'schedule_charge_gate', at: '2026-12-20T00:00:00.000+08:00' },
    ]);
  });
});

describe('step_due', () => {
  const due1 = { type: 'step_due', step: 1, attempt: 1, at: '2026-12-12T09:00:00+08:00' } as const;

  it('hands the step to the dialer', () => {
    const { state, effects } = apply(opened(), due1);
    expect(state.steps[0].status).toBe('calling');
    expect(effects).toEqual([{ type: 'notify_dialer', step: 1, attempt: 1 }]);
  });

  it.each<[string, TrialState]>([
    ['a stale attempt', apply(opened(), outcome(1, 'continue', 'c1', DAY1, false)).state],
    ['a step already done', apply(opened(), outcome(1, 'continue', 'c1', DAY1)).state],
    ['a step already calling', apply(opened(), due1).state],
    ['a cancelled trial', apply(opened(), { type: 'blacklisted', at: DAY1 }).state],
  ])('does nothing for %s', (_label, state) => {
    expect(apply(state, due1)).toEqual({ state, effects: [] });
  });

  it('does nothing once the trial has ended (the gate decides)', () => {
    const s = opened();
    expect(apply(s, { ...due1, at: GATE }).effects).toEqual([]);
  });

  it('a job that fires outside the calling window is moved, never dialled', () => {
    const { state, effects } = apply(opened(), { ...due1, at: '2026-12-12T20:30:00+08:00' });
    expect(state.steps[0]).toMatchObject({ status: 'scheduled', attempt: 2 });
    expect(effects).toEqual([
      { type: 'schedule_step', step: 1, dueAt: '2026-12-13T09:00:00.000+08:00', attempt: 2 },
    ]);
  });

  it('an invalid step that falls due again is dialled again', () => {
    const s = apply(opened(), outcome(1, 'continue', 'c1', DAY1, false)).state;
    const { effects } = apply(s, { ...due1, attempt: 2, at: '2026-12-13T09:00:00+08:00' });
    expect(effects).toEqual([{ type: 'notify_dialer', step: 1, attempt: 2 }]);
  });

  it('step 2 waits for step 1: moved to the next window, not dialled', () => {
    const s = apply(opened(), due1).state;
    const { state, effects } = apply(s, {
      type: 'step_due',
      step: 2,
      at: '2026-12-17T09:00:00+08:00',
    });
    expect(state.steps[1]).toMatchObject({ status: 'scheduled', attempt: 2 });
    expect(effects).toEqual([
      { type: 'schedule_step', step: 2, dueAt: '2026-12-18T09:00:00.000+08:00', attempt: 2 },
    ]);
  });
});

describe('call_timeout', () => {
  const calling = () =>
    apply(opened(), { type: 'step_due', step: 1, at: '2026-12-12T09:00:00+08:00' }).state;

  it('a call nobody reported on is due again in the next window', () => {
    const { state, effects } = apply(calling(), {
      type: 'call_timeout',
      step: 1,
      attempt: 1,
      at: '2026-12-12T11:00:00+08:00',
    });
    expect(state.steps[0]).toMatchObject({ status: 'scheduled', attempt: 2 });
    expect(effects).toEqual([
      { type: 'schedule_step', step: 1, dueAt: '2026-12-13T09:00:00.000+08:00', attempt: 2 },
    ]);
  });

  it('does nothing when the step is not calling or the attempt is stale', () => {
    const s = opened();
    expect(apply(s, { type: 'call_timeout', step: 1, at: DAY1 }).effects).toEqual([]);
    expect(
      apply(calling(), { type: 'call_timeout', step: 1, attempt: 7, at: DAY1 }).effects,
    ).toEqual([]);
  });
});

describe('charge_gate', () => {
  it('charges a confirmed trial at the end of the last day', () => {
    const { state, effects } = apply(confirmed(), { type: 'charge_gate', at: GATE });
    expect(state.status).toBe('charged');
    expect(effects).toEqual([{ type: 'emit_billing', trialEnd: '2026-12-19' }]);
  });

  it('ignores a gate that fires before the end (e.g. replaced by an extension)', () => {
    const s = confirmed();
    expect(apply(s, { type: 'charge_gate', at: '2026-12-19T23:59:59+08:00' })).toEqual({
      state: s,
      effects: [],
    });
    const extended = apply(opened(), outcome(1, 'unreachable', 'c1', DAY1)).state;
    expect(apply(extended, { type: 'charge_gate', at: GATE }).state.status).toBe('extended');
  });

  it.each<[string, TrialState]>([
    ['nothing done', opened()],
    ['only step 1', applyAll(opened(), [outcome(1, 'continue', 'c1', DAY1)])],
    [
      'informed + continue',
      applyAll(opened(), [
        outcome(1, 'undecided', 'c1', DAY1),
        outcome(2, 'continue', 'c2', '2026-12-17T10:00:00+08:00'),
      ]),
    ],
    ['status forged to confirmed', { ...opened(), status: 'confirmed' }],
  ])('cancels without confirmation (%s)', (_label, state) => {
    const { state: next, effects } = apply(state, { type: 'charge_gate', at: GATE });
    expect(next).toMatchObject({ status: 'cancelled', cancelReason: 'not_confirmed' });
    expect(effects).toEqual([
      { type: 'cancel_jobs' },
      { type: 'emit_cancellation', reason: 'not_confirmed' },
    ]);
  });
});

describe('sale_invalidated and blacklisted', () => {
  it.each([
    ['sale_invalidated', 'sale_invalid'],
    ['blacklisted', 'blacklisted'],
  ] as const)('%s cancels a trial, an extended and a confirmed trial', (type, reason) => {
    const extended = apply(opened(), outcome(1, 'unreachable', 'c1', DAY1)).state;
    for (const s of [opened(), extended, confirmed()]) {
      const { state, effects } = apply(s, { type, at: DAY1 });
      expect(state).toMatchObject({ status: 'cancelled', cancelReason: reason });
      expect(effects).toEqual([{ type: 'cancel_jobs' }, { type: 'emit_cancellation', reason }]);
    }
  });

  it('a blacklisted trial is never charged nor called again', () => {
    const s = apply(confirmed(), { type: 'blacklisted', at: DAY1 }).state;
    expect(apply(s, { type: 'charge_gate', at: GATE })).toEqual({ state: s, effects: [] });
    expect(apply(s, { type: 'step_due', step: 2, at: DAY1 }).effects).toEqual([]);
  });

  it('charged and cancelled are terminal', () => {
    const charged = apply(confirmed(), { type: 'charge_gate', at: GATE }).state;
    for (const type of ['sale_invalidated', 'blacklisted', 'charge_gate'] as const) {
      expect(apply(charged, { type, at: GATE })).toEqual({ state: charged, effects: [] });
    }
  });
});
