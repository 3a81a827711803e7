import { cutoffOf, purgeable, recordingClass } from './clock.js';
import { CLASS_RULES, DATA_CLASSES, isDataClass, policyProblem } from './data-classes.js';

describe('retention data classes', () => {
  it('defaults meet every legal minimum', () => {
    for (const c of DATA_CLASSES) {
      const { defaultDays, legalMinimumDays } = CLASS_RULES[c];
      if (defaultDays !== null) expect(defaultDays).toBeGreaterThanOrEqual(legalMinimumDays);
    }
  });

  it('keeps subscription orders at least five months (153 days), everything else 30', () => {
    expect(CLASS_RULES.trials.legalMinimumDays).toBe(153);
    expect(CLASS_RULES.recordings_unsampled.legalMinimumDays).toBe(30);
  });

  it('refuses a keep below the legal minimum, naming the class', () => {
    expect(policyProblem('recordings_unsampled', 29)).toMatch(
      /^recordings_unsampled\.keepDays 29 is below the legal minimum of 30 days/,
    );
    expect(policyProblem('trials', 150)).toContain('trials');
    expect(policyProblem('recordings_unsampled', 30)).toBeNull();
    expect(policyProblem('trials', 153)).toBeNull();
  });

  it('refuses a clock for held recordings and a missing one for the others', () => {
    expect(policyProblem('recordings_held', 90)).toContain('recordings_held');
    expect(policyProblem('recordings_held', null)).toBeNull();
    expect(policyProblem('calls', null)).toContain('calls.keepDays');
    expect(policyProblem('calls', 40.5)).toContain('whole number');
  });

  it('knows its ids and nothing else', () => {
    expect(isDataClass('ledger')).toBe(true);
    expect(isDataClass('recordings')).toBe(false);
    expect(isDataClass(3)).toBe(false);
  });
});

describe('retention clocks', () => {
  const now = new Date('2026-12-06T00:00:00Z');

  it('puts the cutoff keepDays before now', () => {
    expect(cutoffOf(now, 90).toISOString()).toBe('2026-09-07T00:00:00.000Z');
  });

  it('keeps a sampled recording on the reviewed clock', () => {
    expect(recordingClass(true)).toBe('recordings_reviewed');
    expect(recordingClass(false)).toBe('recordings_unsampled');
  });

  it('purges what is past the cutoff and not held; the cutoff instant itself stays', () => {
    const cutoff = cutoffOf(now, 90);
    const at = (days: number) => new Date(now.getTime() - days * 86_400_000);
    const items = [
      { id: 1, callId: 1, since: at(91) },
      { id: 2, callId: 2, since: at(91) },
      { id: 3, callId: 3, since: at(89) },
      { id: 4, callId: null, since: at(200) },
      { id: 5, callId: 5, since: cutoff },
    ];
    const { purge, held } = purgeable(items, cutoff, new Set([2, 3]));
    expect(purge.map((c) => c.id)).toEqual([1, 4]);
    expect(held.map((c) => c.id)).toEqual([2]);
  });
});
