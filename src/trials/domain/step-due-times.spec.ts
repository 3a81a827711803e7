import fc from 'fast-check';
import { DEFAULT_CALLING_WINDOW, isInCallingWindow } from './calling-window.js';
import { stepDueTimes } from './step-due-times.js';
import { chargeGateAt, computeTrialDates } from './trial-dates.js';

const TZ = 'Asia/Shanghai';
const W = DEFAULT_CALLING_WINDOW;
const due = (start: string, end: string, now: string) => stepDueTimes(start, end, now, W, TZ);

describe('stepDueTimes', () => {
  it('30-day trial: step 1 seven days and step 2 two days before the end, at 09:00', () => {
    expect(due('2026-11-20', '2026-12-19', '2026-11-20T10:00:00+08:00')).toEqual({
      step1: '2026-12-12T09:00:00.000+08:00',
      step2: '2026-12-17T09:00:00.000+08:00',
    });
  });

  it('9-day trial is the shortest that keeps end − 7 (the day after the sale)', () => {
    expect(due('2026-11-20', '2026-11-28', '2026-11-20T10:00:00+08:00')).toEqual({
      step1: '2026-11-21T09:00:00.000+08:00',
      step2: '2026-11-26T09:00:00.000+08:00',
    });
  });

  it('8-day trial goes mid-trial for step 1', () => {
    expect(due('2026-11-20', '2026-11-27', '2026-11-20T10:00:00+08:00')).toEqual({
      step1: '2026-11-23T09:00:00.000+08:00',
      step2: '2026-11-25T09:00:00.000+08:00',
    });
  });

  it('7-day trial: step 1 mid-trial, step 2 two days before the end', () => {
    expect(due('2026-11-20', '2026-11-26', '2026-11-20T10:00:00+08:00')).toEqual({
      step1: '2026-11-23T09:00:00.000+08:00',
      step2: '2026-11-24T09:00:00.000+08:00',
    });
  });

  it('3-day trial: step 2 (end − 2 is the sale day) moves to the day after step 1', () => {
    expect(due('2026-11-20', '2026-11-22', '2026-11-20T10:00:00+08:00')).toEqual({
      step1: '2026-11-21T09:00:00.000+08:00',
      step2: '2026-11-22T09:00:00.000+08:00',
    });
  });

  it('1-day trial: step 1 now, step 2 two hours later the same day (before the gate)', () => {
    const d = due('2026-11-20', '2026-11-20', '2026-11-20T10:00:00+08:00');
    expect(d).toEqual({
      step1: '2026-11-20T10:00:00.000+08:00',
      step2: '2026-11-20T12:00:00.000+08:00',
    });
  });

  it('1-day trial sold at 19:30: step 2 cannot fit the window and lands after the gate', () => {
    const d = due('2026-11-20', '2026-11-20', '2026-11-20T19:30:00+08:00');
    expect(d.step1).toBe('2026-11-20T19:30:00.000+08:00');
    expect(d.step2).toBe('2026-11-21T09:00:00.000+08:00');
  });

  describe('never in the past, always in the window', () => {
    it('now 19:59 after the nominal time: due now', () => {
      expect(due('2026-11-20', '2026-12-19', '2026-12-12T19:59:00+08:00').step1).toBe(
        '2026-12-12T19:59:00.000+08:00',
      );
    });
    it('now 20:00: due 09:00 the next day', () => {
      expect(due('2026-11-20', '2026-12-19', '2026-12-12T20:00:00+08:00').step1).toBe(
        '2026-12-13T09:00:00.000+08:00',
      );
    });
    it('now 08:59 on the due day: due 09:00 that day', () => {
      expect(due('2026-11-20', '2026-12-19', '2026-12-12T08:59:00+08:00').step1).toBe(
        '2026-12-12T09:00:00.000+08:00',
      );
    });
    it('sale imported after step 2 was due: both moved ahead, step 2 after step 1', () => {
      expect(due('2026-11-20', '2026-12-19', '2026-12-18T15:00:00+08:00')).toEqual({
        step1: '2026-12-18T15:00:00.000+08:00',
        step2: '2026-12-19T09:00:00.000+08:00',
      });
    });
  });

  it('UTC boundary: a sale at 16:10Z on 11-19 is a trial from 11-20 local', () => {
    const { trialStart, trialEnd } = computeTrialDates('2026-11-19T16:10:00Z', 7, TZ);
    const d = due(trialStart, trialEnd, '2026-11-19T16:10:00Z');
    expect(d.step1).toBe('2026-11-23T09:00:00.000+08:00');
    expect(new Date(d.step1).toISOString()).toBe('2026-11-23T01:00:00.000Z');
  });

  it('rejects a period that ends before it starts', () => {
    expect(() => due('2026-11-20', '2026-11-19', '2026-11-20T10:00:00+08:00')).toThrow(RangeError);
  });

  it('property: step 1 ≥ now, step 2 > step 1, both in the window, before the gate when room', () => {
    const saleMs = Date.parse('2026-01-01T00:00:00Z');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 24 * 60 }),
        fc.integer({ min: 1, max: 90 }),
        fc.integer({ min: 0, max: 10 * 24 * 60 }),
        (saleMinute, trialDays, lateMinutes) => {
          const sale = saleMs + saleMinute * 60_000;
          const now = sale + lateMinutes * 60_000;
          const { trialStart, trialEnd } = computeTrialDates(sale, trialDays, TZ);
          const d = stepDueTimes(trialStart, trialEnd, now, W, TZ);
          const [s1, s2] = [Date.parse(d.step1), Date.parse(d.step2)];
          expect(s1).toBeGreaterThanOrEqual(now);
          expect(s2).toBeGreaterThan(s1);
          expect(isInCallingWindow(s1, W, TZ)).toBe(true);
          expect(isInCallingWindow(s2, W, TZ)).toBe(true);
          const gate = Date.parse(chargeGateAt(trialEnd, TZ));
          if (trialDays >= 3 && now === sale) expect(s2).toBeLessThan(gate);
        },
      ),
      { numRuns: 500 },
    );
  });
});
