import fc from 'fast-check';
import { isInCallingWindow } from './calling-window.js';
import { chargeGateAt, extendedTrialEnd } from './trial-dates.js';
import { TrialRuleError } from './trial.errors.js';
import { config, opened, SALE_AT } from './trial.fixtures.js';
import { transition } from './trial-machine.js';
import { isConfirmed, isTerminal } from './trial-steps.js';
import {
  CONFIRMATION_OUTCOMES,
  type StepNumber,
  type TrialEvent,
  type TrialState,
  type Transition,
} from './trial.types.js';

/**
 * Random walks through the machine: abstract commands are turned into events
 * against the current state and a clock that only moves forward, and every step
 * is checked against the invariants the carrier cares about.
 */
type Command =
  | { kind: 'advance'; minutes: number }
  | {
      kind: 'outcome';
      step: StepNumber;
      outcome: (typeof CONFIRMATION_OUTCOMES)[number];
      call: number;
      valid: boolean;
      said: boolean;
    }
  | { kind: 'due'; step: StepNumber; stale: boolean }
  | { kind: 'timeout'; step: StepNumber }
  | { kind: 'gate'; onTime: boolean }
  | { kind: 'invalidate' }
  | { kind: 'blacklist' };

const step = fc.constantFrom<StepNumber>(1, 2);
const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      minutes: fc.integer({ min: 0, max: 4 * 24 * 60 }),
    }),
  },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('outcome' as const),
      step,
      outcome: fc.oneof(
        { weight: 4, arbitrary: fc.constant('continue' as const) },
        { weight: 3, arbitrary: fc.constantFrom(...CONFIRMATION_OUTCOMES) },
      ),
      call: fc.integer({ min: 0, max: 7 }),
      valid: fc.oneof(
        { weight: 3, arbitrary: fc.constant(true) },
        { weight: 1, arbitrary: fc.constant(false) },
      ),
      said: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('due' as const), step, stale: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('timeout' as const), step }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('gate' as const), onTime: fc.boolean() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'invalidate' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'blacklist' as const }) },
);

/**
 * Pure noise rarely lines up two valid continues before the gate, so half the
 * walks get them (and an on-time gate) spliced in at random places; the noise
 * around them can still spoil the path.
 */
const happy = (step: StepNumber, call: number): Command => ({
  kind: 'outcome',
  step,
  outcome: 'continue',
  call,
  valid: true,
  said: true,
});
const walk: fc.Arbitrary<Command[]> = fc
  .tuple(fc.array(command, { maxLength: 40 }), fc.boolean(), fc.nat(), fc.nat())
  .map(([noise, splice, a, b]) => {
    if (!splice) return noise;
    const i = a % (noise.length + 1);
    const j = i + 1 + (b % (noise.length + 1 - i));
    const out = [...noise];
    out.splice(i, 0, happy(1, 8));
    out.splice(j, 0, happy(2, 9));
    return [...out, { kind: 'gate', onTime: true }];
  });

interface Accepted {
  event: Extract<TrialEvent, { type: 'outcome' }>;
  stepOneDoneBefore: boolean;
}

let charged = 0;
let extended = 0;

function run(trialDays: number, commands: Command[]): void {
  let state: TrialState = opened(trialDays);
  const originalEnd = state.trialEnd;
  let clock = Date.parse(SALE_AT);
  let blacklisted = false;
  const accepted = new Map<string, Accepted>();

  for (const cmd of commands) {
    if (cmd.kind === 'advance') {
      clock += cmd.minutes * 60_000;
      continue;
    }
    const gate = Date.parse(chargeGateAt(state.trialEnd, config.tz));
    if (cmd.kind === 'gate' && cmd.onTime) clock = Math.max(clock, gate);
    const at = new Date(clock).toISOString();
    const event: TrialEvent =
      cmd.kind === 'outcome'
        ? {
            type: 'outcome',
            step: cmd.step,
            outcome: cmd.outcome,
            callId: `c${cmd.call}`,
            callValid: cmd.valid,
            cancelMethodSaid: cmd.said,
            at,
          }
        : cmd.kind === 'due'
          ? {
              type: 'step_due',
              step: cmd.step,
              attempt: state.steps[cmd.step - 1].attempt - (cmd.stale ? 1 : 0),
              at,
            }
          : cmd.kind === 'timeout'
            ? { type: 'call_timeout', step: cmd.step, at }
            : cmd.kind === 'gate'
              ? { type: 'charge_gate', at }
              : { type: cmd.kind === 'invalidate' ? 'sale_invalidated' : 'blacklisted', at };

    let result: Transition;
    try {
      result = transition(state, event, config);
    } catch (error) {
      expect(error).toBeInstanceOf(TrialRuleError);
      expect(event.type).toBe('outcome');
      continue;
    }
    const { state: next, effects } = result;

    // Terminal states never move and never act.
    if (isTerminal(state)) expect(result).toEqual({ state, effects: [] });
    // Blacklisted: cancelled for good, never charged, never called again.
    if (event.type === 'blacklisted' && !isTerminal(state)) {
      expect(next).toMatchObject({ status: 'cancelled', cancelReason: 'blacklisted' });
      blacklisted = true;
    }
    if (blacklisted && isTerminal(state)) expect(effects).toEqual([]);

    if (event.type === 'outcome' && next !== state && !accepted.has(event.callId)) {
      accepted.set(event.callId, { event, stepOneDoneBefore: state.steps[0].status === 'done' });
    }

    if (next.status === 'charged' && state.status !== 'charged') {
      charged++;
      expect(blacklisted).toBe(false);
      expect(event.type).toBe('charge_gate');
      const [one, two] = next.steps.map((s) => accepted.get(s.callId ?? '')!);
      expect(one.event).toMatchObject({ step: 1, outcome: 'continue', callValid: true });
      expect(two.event).toMatchObject({ step: 2, outcome: 'continue', callValid: true });
      expect(two.stepOneDoneBefore).toBe(true);
      expect(one.event.callId).not.toBe(two.event.callId);
      expect(Date.parse(at)).toBeGreaterThanOrEqual(gate);
    }

    // At most one extension, by exactly one trial period.
    expect(next.extensions).toBeLessThanOrEqual(1);
    expect(next.trialEnd).toBe(
      next.extensions ? extendedTrialEnd(originalEnd, trialDays) : originalEnd,
    );
    if (next.extensions > state.extensions) extended++;

    if (next.status === 'confirmed') expect(isConfirmed(next)).toBe(true);
    if (next.steps[1].status === 'done') expect(next.steps[0].status).toBe('done');

    for (const effect of effects) {
      if (effect.type === 'schedule_step') {
        expect(Date.parse(effect.dueAt)).toBeGreaterThanOrEqual(clock);
        expect(isInCallingWindow(effect.dueAt, config.window, config.tz)).toBe(true);
      }
      if (effect.type === 'notify_dialer')
        expect(isInCallingWindow(at, config.window, config.tz)).toBe(true);
    }
    state = next;
  }
}

describe('trial state machine (property)', () => {
  it('never charges without two valid continue confirmations by different calls', () => {
    fc.assert(fc.property(fc.constantFrom(1, 3, 7, 30), walk, run), { numRuns: 400 });
    // The walk must actually reach the interesting states, or it proves nothing.
    expect(charged).toBeGreaterThan(10);
    expect(extended).toBeGreaterThan(5);
  });
});
