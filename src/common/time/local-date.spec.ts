import fc from 'fast-check';
import { DateTime } from 'luxon';
import { localDateOf } from './local-date.js';

const ZONES = ['Asia/Shanghai', 'Asia/Kathmandu', 'America/New_York', 'Europe/London', 'UTC'];

describe('localDateOf', () => {
  it('agrees with luxon for any instant and zone, across DST changes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.constantFrom(...ZONES),
        (ms, tz) => {
          expect(localDateOf(ms, tz)).toBe(DateTime.fromMillis(ms, { zone: tz }).toISODate());
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it('puts a call at 00:10 in Beijing on that day, though UTC still says the day before', () => {
    expect(localDateOf('2026-11-19T16:10:00Z', 'Asia/Shanghai')).toBe('2026-11-20');
    expect(localDateOf('2026-11-19T15:59:59.999Z', 'Asia/Shanghai')).toBe('2026-11-19');
  });

  it('handles the minutes around a DST change in New York', () => {
    // 2026-11-01 02:00 EDT falls back to 01:00 EST; local midnight is 04:00Z the day before.
    for (let m = -30; m <= 30; m++) {
      const ms = Date.UTC(2026, 10, 1, 6, 0) + m * 60_000;
      expect(localDateOf(ms, 'America/New_York')).toBe(
        DateTime.fromMillis(ms, { zone: 'America/New_York' }).toISODate(),
      );
    }
  });

  it('rejects an invalid instant or zone', () => {
    expect(() => localDateOf('not a date', 'UTC')).toThrow('Not a valid instant');
    expect(() => localDateOf(0, 'Mars/Olympus')).toThrow('Unknown time zone');
  });
});
