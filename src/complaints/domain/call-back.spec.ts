import { DomainError } from '../../common/errors.js';
import { CallBackMissingError, planMove, type CallBackState } from './call-back.js';
import { ComplaintTransitionError } from './complaint-lifecycle.js';

const handled: CallBackState = { status: 'handled', callBackResult: null, reopenCount: 0 };

describe('the call-back and the reopened work order', () => {
  it('records a satisfied customer; the complaint may then close', () => {
    const plan = planMove(handled, { to: 'called_back', satisfied: true });
    expect(plan).toMatchObject({
      status: 'called_back',
      callBackResult: 'satisfied',
      reopened: false,
    });
    const after = { ...handled, status: plan.status, callBackResult: plan.callBackResult };
    expect(planMove(after, { to: 'closed' }).stamps.closed).toBe(true);
  });

  it('records a customer who could not be reached as closable too', () => {
    const plan = planMove(handled, { to: 'called_back', unreachable: true });
    expect(plan.callBackResult).toBe('unreachable');
  });

  it('sends a dissatisfied customer back to valid, counting the reopen, without escalating the first', () => {
    const plan = planMove(handled, { to: 'called_back', satisfied: false });
    expect(plan).toMatchObject({
      status: 'valid',
      reopened: true,
      reopenCount: 1,
      callBackResult: null,
      escalation: null,
    });
  });

  it('escalates the second reopen', () => {
    const plan = planMove({ ...handled, reopenCount: 1 }, { to: 'called_back', satisfied: false });
    expect(plan.reopenCount).toBe(2);
    expect(plan.escalation).toMatch(/reopened 2 times/);
  });

  it('refuses to close after a call-back whose result was not recorded, naming the rule', () => {
    const calledBack: CallBackState = { ...handled, status: 'called_back' };
    expect(() => planMove(calledBack, { to: 'closed' })).toThrow(CallBackMissingError);
    const err = (() => {
      try {
        planMove(calledBack, { to: 'closed' });
      } catch (e) {
        return e as DomainError;
      }
    })();
    expect(err).toMatchObject({ kind: 'conflict', code: 'COMPLAINT_CALL_BACK_REQUIRED' });
  });

  it('lets the result of such a call-back be recorded once, and reopens on dissatisfaction', () => {
    const calledBack: CallBackState = { ...handled, status: 'called_back' };
    expect(planMove(calledBack, { to: 'called_back', satisfied: true }).callBackResult).toBe(
      'satisfied',
    );
    expect(planMove(calledBack, { to: 'called_back', satisfied: false }).status).toBe('valid');
    expect(() => planMove(calledBack, { to: 'called_back' })).toThrow(CallBackMissingError);
    const recorded: CallBackState = { ...calledBack, callBackResult: 'satisfied' };
    expect(() => planMove(recorded, { to: 'called_back', satisfied: true })).toThrow(
      ComplaintTransitionError,
    );
  });

  it('refuses satisfied or unreachable anywhere but a call-back, and both at once', () => {
    const bad = [
      () => planMove(handled, { to: 'closed', satisfied: true }),
      () => planMove({ ...handled, status: 'investigating' }, { to: 'valid', unreachable: true }),
      () => planMove(handled, { to: 'called_back', satisfied: true, unreachable: true }),
      () => planMove(handled, { to: 'called_back', unreachable: false }),
    ];
    for (const move of bad) expect(move).toThrow(expect.objectContaining({ kind: 'invalid' }));
  });

  it('leaves a not-valid complaint closable without a call-back', () => {
    const notValid: CallBackState = { ...handled, status: 'not_valid' };
    expect(planMove(notValid, { to: 'closed' }).status).toBe('closed');
  });

  it('keeps the lifecycle table in force', () => {
    expect(() => planMove(handled, { to: 'closed' })).toThrow(ComplaintTransitionError);
  });
});
