import { planErasure, type CallFact, type KeepDays } from './retention-holds.js';

/** Keep-days shaped like the legal minimums the running erase reads from retention's CLASS_RULES. */
const LEGAL_MINIMUM_KEEP_DAYS: KeepDays = {
  calls: 30,
  transcripts: 30,
  recordings_unsampled: 30,
  recordings_reviewed: 30,
  trials: 153,
};

const NOW = new Date('2026-12-06T00:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);
const call = (id: number, age: number, over: Partial<CallFact> = {}): CallFact => ({
  id,
  startedAt: daysAgo(age),
  reviewed: false,
  hasRecording: true,
  held: false,
  ...over,
});
const none = { calls: [], trials: [], complaints: [] };

describe('planErasure', () => {
  it('anonymises a call past its 30 days and keeps its recording for the purge', () => {
    const plan = planErasure({ ...none, calls: [call(1, 40)] }, LEGAL_MINIMUM_KEEP_DAYS, NOW);
    expect(plan.callNumbers).toEqual([1]);
    expect(plan.transcripts).toEqual([1]);
    expect(plan.kept).toEqual([
      { class: 'recordings', id: 1, until: daysAgo(10).toISOString(), reason: 'awaiting_purge' },
    ]);
  });

  it('keeps a recent call, its transcript and recording until day 30', () => {
    const plan = planErasure({ ...none, calls: [call(2, 10)] }, LEGAL_MINIMUM_KEEP_DAYS, NOW);
    const until = new Date(daysAgo(10).getTime() + 30 * 86_400_000).toISOString();
    expect(plan.callNumbers).toEqual([]);
    expect(plan.kept.map((k) => [k.class, k.until, k.reason])).toEqual([
      ['calls', until, 'retention_clock'],
      ['transcripts', until, 'retention_clock'],
      ['recordings', until, 'retention_clock'],
    ]);
  });

  it('a call an open complaint names is held whatever its age', () => {
    const plan = planErasure(
      { ...none, calls: [call(3, 400, { held: true, hasRecording: false })] },
      LEGAL_MINIMUM_KEEP_DAYS,
      NOW,
    );
    expect(plan.callNumbers).toEqual([]);
    expect(plan.transcripts).toEqual([]);
    expect(plan.kept).toEqual([
      { class: 'calls', id: 3, until: null, reason: 'legal_hold' },
      { class: 'transcripts', id: 3, until: null, reason: 'legal_hold' },
    ]);
  });

  it('reads the keep-days it is given: reviewed recordings on their own clock', () => {
    const keep = { ...LEGAL_MINIMUM_KEEP_DAYS, recordings_reviewed: 365, transcripts: 10 };
    const plan = planErasure({ ...none, calls: [call(4, 20, { reviewed: true })] }, keep, NOW);
    expect(plan.transcripts).toEqual([4]);
    expect(plan.kept.find((k) => k.class === 'recordings')?.reason).toBe('retention_clock');
  });

  it('keeps a subscription order 5 months after it closed, and an open one while open', () => {
    const plan = planErasure(
      {
        ...none,
        trials: [
          { id: 1, open: false, closedAt: daysAgo(200) },
          { id: 2, open: false, closedAt: daysAgo(100) },
          { id: 3, open: true, closedAt: null },
        ],
      },
      LEGAL_MINIMUM_KEEP_DAYS,
      NOW,
    );
    expect(plan.trials).toEqual([1]);
    expect(plan.kept).toEqual([
      {
        class: 'trials',
        id: 2,
        until: daysAgo(100 - 153).toISOString(),
        reason: 'retention_clock',
      },
      { class: 'trials', id: 3, until: null, reason: 'open_order' },
    ]);
  });

  it('anonymises closed complaints and holds open ones', () => {
    const plan = planErasure(
      {
        ...none,
        complaints: [
          { id: 9, open: true },
          { id: 8, open: false },
        ],
      },
      LEGAL_MINIMUM_KEEP_DAYS,
      NOW,
    );
    expect(plan.complaints).toEqual([8]);
    expect(plan.kept).toEqual([{ class: 'complaints', id: 9, until: null, reason: 'legal_hold' }]);
  });

  it('is the same plan for the same facts (a second erase answers alike)', () => {
    const facts = { ...none, calls: [call(5, 40), call(6, 5)] };
    expect(planErasure(facts, LEGAL_MINIMUM_KEEP_DAYS, NOW)).toEqual(
      planErasure(facts, LEGAL_MINIMUM_KEEP_DAYS, NOW),
    );
  });
});
