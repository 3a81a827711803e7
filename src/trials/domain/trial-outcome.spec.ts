import { TrialRuleError } from './trial.errors.js';
import { apply, applyAll, confirmed, opened, outcome } from './trial.fixtures.js';
import type { TrialEvent, TrialState } from './trial.types.js';

const DAY1 = '2026-12-12T10:00:00+08:00';
const DAY2 = '2026-12-17T10:00:00+08:00';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

function rejects(state: TrialState, event: TrialEvent, code: string) {
  expect(() => apply(deepFreeze(state), event)).toThrow(TrialRuleError);
  try {
    apply(state, event);
  } catch (error) {
    expect((error as TrialRuleError).code).toBe(code);
  }
}

describe('recording a confirmation outcome', () => {
  it('valid continue completes the step; the trial stays in trial', () => {
    const { state, effects } = apply(deepFreeze(opened()), outcome(1, 'continue', 'c1', DAY1));
    expect(state.steps[0]).toMatchObject({ status: 'done', outcome: 'continue', callId: 'c1' });
    expect(state.status).toBe('trial');
    expect(state.usedCallIds).toEqual(['c1']);
    expect(effects).toEqual([]);
  });

  it('two valid continues by two calls confirm the trial', () => {
    expect(confirmed().status).toBe('confirmed');
  });

  it('a call made early (before the step is due) still counts', () => {
    const early = applyAll(opened(), [
      outcome(1, 'continue', 'c1', '2026-11-21T10:00:00+08:00'),
      outcome(2, 'continue', 'c2', '2026-11-22T10:00:00+08:00'),
    ]);
    expect(early.status).toBe('confirmed');
  });

  it('a valid decline cancels at once', () => {
    const { state, effects } = apply(opened(), outcome(1, 'decline', 'c1', DAY1));
    expect(state).toMatchObject({ status: 'cancelled', cancelReason: 'declined' });
    expect(state.steps[0]).toMatchObject({ status: 'done', outcome: 'decline' });
    expect(effects).toEqual([
      { type: 'cancel_jobs' },
      { type: 'emit_cancellation', reason: 'declined' },
    ]);
  });

  it('a valid decline at step 2 cancels a trial whose step 1 said continue', () => {
    const s = applyAll(opened(), [outcome(1, 'continue', 'c1', DAY1)]);
    expect(apply(s, outcome(2, 'decline', 'c2', DAY2)).state.cancelReason).toBe('declined');
  });

  describe('a call that fails the four standards does not count', () => {
    it('continue: the step is invalid and due again in the next calling window', () => {
      const { state, effects } = apply(opened(), outcome(1, 'continue', 'c1', DAY1, false));
      expect(state.steps[0]).toMatchObject({
        status: 'invalid',
        outcome: 'continue',
        callId: 'c1',
        attempt: 2,
        dueAt: '2026-12-13T09:00:00.000+08:00',
      });
      expect(state.status).toBe('trial');
      expect(effects).toEqual([
        { type: 'schedule_step', step: 1, dueAt: '2026-12-13T09:00:00.000+08:00', attempt: 2 },
      ]);
    });

    it('decline: no cancellation from an invalid call', () => {
      const { state } = apply(opened(), outcome(1, 'decline', 'c1', DAY1, false));
      expect(state.status).toBe('trial');
      expect(state.steps[0].status).toBe('invalid');
    });

    it('a late step-1 retry pushes step 2 behind it', () => {
      const { state, effects } = apply(opened(), outcome(1, 'continue', 'c1', DAY2, false));
      expect(state.steps[0].dueAt).toBe('2026-12-18T09:00:00.000+08:00');
      expect(state.steps[1]).toMatchObject({ attempt: 2, dueAt: '2026-12-19T09:00:00.000+08:00' });
      expect(effects.map((e) => e.type)).toEqual(['schedule_step', 'schedule_step']);
    });

    it('an invalid step-2 call reschedules only step 2', () => {
      const s = applyAll(opened(), [outcome(1, 'continue', 'c1', DAY1)]);
      const { state, effects } = apply(s, outcome(2, 'continue', 'c2', DAY2, false));
      expect(state.steps[1]).toMatchObject({ status: 'invalid', attempt: 2 });
      expect(state.steps[0].status).toBe('done');
      expect(effects).toHaveLength(1);
    });
  });

  describe('undecided / will_self_cancel', () => {
    it.each(['undecided', 'will_self_cancel'] as const)(
      '%s with the cancel method said: step done as informed, trial not confirmed',
      (what) => {
        const s = applyAll(opened(), [
          outcome(1, what, 'c1', DAY1),
          outcome(2, 'continue', 'c2', DAY2),
        ]);
        expect(s.steps[0]).toMatchObject({ status: 'done', outcome: what });
        expect(s.steps[1].status).toBe('done');
        expect(s.status).toBe('trial');
      },
    );

    it('without the cancel method said: invalid and due again', () => {
      const { state, effects } = apply(
        opened(),
        outcome(1, 'will_self_cancel', 'c1', DAY1, true, false),
      );
      expect(state.steps[0]).toMatchObject({ status: 'invalid', attempt: 2 });
      expect(effects[0]).toMatchObject({ type: 'schedule_step', step: 1 });
    });

    it('a later valid continue for the informed step confirms', () => {
      const s = applyAll(opened(), [
        outcome(1, 'undecided', 'c1', DAY1),
        outcome(2, 'continue', 'c2', DAY2),
        outcome(1, 'continue', 'c3', '2026-12-18T10:00:00+08:00'),
      ]);
      expect(s.status).toBe('confirmed');
      expect(s.steps[0]).toMatchObject({ outcome: 'continue', callId: 'c3' });
    });

    it('a later valid decline for the informed step cancels', () => {
      const s = applyAll(opened(), [outcome(1, 'undecided', 'c1', DAY1)]);
      expect(apply(s, outcome(1, 'decline', 'c2', DAY2)).state.cancelReason).toBe('declined');
    });

    it.each([
      ['an invalid continue', outcome(1, 'continue', 'c2', DAY2, false)],
      ['unreachable', outcome(1, 'unreachable', 'c2', DAY2)],
      ['another undecided', outcome(1, 'undecided', 'c2', DAY2)],
    ])('%s leaves the informed step as it was (call recorded)', (_label, event) => {
      const s = applyAll(opened(), [outcome(1, 'undecided', 'c1', DAY1)]);
      const { state, effects } = apply(s, event);
      expect(state.steps).toEqual(s.steps);
      expect(state.extensions).toBe(0);
      expect(state.usedCallIds).toEqual(['c1', 'c2']);
      expect(effects).toEqual([]);
    });
  });

  describe('rejections', () => {
    it('TRIAL_CLOSED after a cancellation or a charge', () => {
      const cancelled = apply(opened(), outcome(1, 'decline', 'c1', DAY1)).state;
      rejects(cancelled, outcome(1, 'continue', 'c2', DAY2), 'TRIAL_CLOSED');
      const charged = apply(confirmed(), { type: 'charge_gate', at: '2026-12-20T00:00:00+08:00' });
      rejects(charged.state, outcome(1, 'continue', 'c9', DAY2), 'TRIAL_CLOSED');
    });

    it('TRIAL_ENDED at or after local midnight ending the last day; 23:59:59 still counts', () => {
      rejects(opened(), outcome(1, 'continue', 'c1', '2026-12-20T00:00:00+08:00'), 'TRIAL_ENDED');
      rejects(opened(), outcome(1, 'continue', 'c1', '2026-12-19T16:00:00Z'), 'TRIAL_ENDED');
      const last = apply(opened(), outcome(1, 'continue', 'c1', '2026-12-19T23:59:59+08:00'));
      expect(last.state.steps[0].status).toBe('done');
    });

    it('STEP_ORDER: step 2 before step 1 is done (also while step 1 is invalid)', () => {
      rejects(opened(), outcome(2, 'continue', 'c2', DAY2), 'STEP_ORDER');
      const invalid = apply(opened(), outcome(1, 'continue', 'c1', DAY1, false)).state;
      rejects(invalid, outcome(2, 'unreachable', 'c2', DAY2), 'STEP_ORDER');
    });

    it('STEP_DONE: a step with a final outcome takes no other', () => {
      const s = applyAll(opened(), [outcome(1, 'continue', 'c1', DAY1)]);
      rejects(s, outcome(1, 'decline', 'c2', DAY2), 'STEP_DONE');
    });

    it('SAME_CALL: one call cannot serve both steps', () => {
      const s = applyAll(opened(), [outcome(1, 'continue', 'c1', DAY1)]);
      rejects(s, outcome(2, 'continue', 'c1', DAY2), 'SAME_CALL');
    });

    it('CALL_ALREADY_USED: a recorded call cannot be re-recorded with another outcome', () => {
      const s = apply(opened(), outcome(1, 'continue', 'c1', DAY1, false)).state;
      rejects(s, outcome(1, 'decline', 'c1', DAY1), 'CALL_ALREADY_USED');
    });

    it('CALL_ALREADY_USED: a call from before an extension does not count after it', () => {
      const s = apply(opened(), outcome(1, 'unreachable', 'c1', DAY1)).state;
      rejects(s, outcome(1, 'continue', 'c1', DAY2), 'CALL_ALREADY_USED');
    });
  });

  it('replaying the same call and outcome for the same step is a no-op, even once closed', () => {
    const s = apply(opened(), outcome(1, 'decline', 'c1', DAY1)).state;
    expect(apply(s, outcome(1, 'decline', 'c1', DAY1))).toEqual({ state: s, effects: [] });
    const invalid = apply(opened(), outcome(1, 'continue', 'c1', DAY1, false)).state;
    expect(apply(invalid, outcome(1, 'continue', 'c1', DAY1)).effects).toEqual([]);
  });
});
