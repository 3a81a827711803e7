import {
  DEFAULT_CALLING_WINDOW,
  isInCallingWindow,
  moveIntoWindow,
  nextWindowStart,
  parseCallingWindow,
} from './calling-window.js';

const TZ = 'Asia/Shanghai';
const W = DEFAULT_CALLING_WINDOW;
const utc = (iso: string) => new Date(iso).toISOString();

describe('parseCallingWindow', () => {
  it('parses HH:mm-HH:mm', () => {
    expect(parseCallingWindow('09:00-20:00')).toEqual(W);
    expect(parseCallingWindow('08:30-21:15')).toEqual({ startMinutes: 510, endMinutes: 1275 });
  });

  it.each(['9-20', '09:00', '20:00-09:00', '09:00-09:00', '24:00-25:00', '09:60-20:00'])(
    'rejects %s',
    (spec) => expect(() => parseCallingWindow(spec)).toThrow(RangeError),
  );
});

describe('isInCallingWindow (half-open [09:00, 20:00) local)', () => {
  it.each([
    ['2026-11-20T08:59:59+08:00', false],
    ['2026-11-20T09:00:00+08:00', true],
    ['2026-11-20T19:59:00+08:00', true],
    ['2026-11-20T19:59:59.999+08:00', true],
    ['2026-11-20T20:00:00+08:00', false],
    ['2026-11-20T23:30:00+08:00', false],
  ])('%s → %s', (at, inside) => expect(isInCallingWindow(at, W, TZ)).toBe(inside));

  it('judges by local time, not UTC: 01:30Z is 09:30 in Shanghai', () => {
    expect(isInCallingWindow('2026-11-20T01:30:00Z', W, TZ)).toBe(true);
    expect(isInCallingWindow('2026-11-20T01:30:00Z', W, 'UTC')).toBe(false);
  });
});

describe('moveIntoWindow / nextWindowStart', () => {
  it('keeps 19:59, moves 20:00 to 09:00 next day and 08:59 to 09:00 the same day', () => {
    expect(moveIntoWindow('2026-11-20T19:59:00+08:00', W, TZ)).toBe(
      '2026-11-20T19:59:00.000+08:00',
    );
    expect(moveIntoWindow('2026-11-20T20:00:00+08:00', W, TZ)).toBe(
      '2026-11-21T09:00:00.000+08:00',
    );
    expect(moveIntoWindow('2026-11-20T08:59:00+08:00', W, TZ)).toBe(
      '2026-11-20T09:00:00.000+08:00',
    );
  });

  it('nextWindowStart is strictly after: inside the window it is tomorrow', () => {
    expect(nextWindowStart('2026-11-20T09:00:00+08:00', W, TZ)).toBe(
      '2026-11-21T09:00:00.000+08:00',
    );
    expect(nextWindowStart('2026-11-20T14:00:00+08:00', W, TZ)).toBe(
      '2026-11-21T09:00:00.000+08:00',
    );
    expect(nextWindowStart('2026-11-20T08:59:59+08:00', W, TZ)).toBe(
      '2026-11-20T09:00:00.000+08:00',
    );
  });

  it('crosses the UTC date line correctly: 16:10Z on 11-19 is 00:10 on 11-20 local', () => {
    const next = nextWindowStart('2026-11-19T16:10:00Z', W, TZ);
    expect(next).toBe('2026-11-20T09:00:00.000+08:00');
    expect(utc(next)).toBe('2026-11-20T01:00:00.000Z');
  });

  it('crosses month and year ends', () => {
    expect(moveIntoWindow('2026-12-31T21:00:00+08:00', W, TZ)).toBe(
      '2027-01-01T09:00:00.000+08:00',
    );
  });

  it('opens at 09:00 wall-clock time even on a DST day elsewhere', () => {
    // Europe/Berlin springs forward on 2026-03-29; the window still opens at 09:00 local.
    expect(nextWindowStart('2026-03-28T21:00:00+01:00', W, 'Europe/Berlin')).toBe(
      '2026-03-29T09:00:00.000+02:00',
    );
  });

  it('honours a configured window', () => {
    const w = parseCallingWindow('10:30-18:00');
    expect(moveIntoWindow('2026-11-20T10:00:00+08:00', w, TZ)).toBe(
      '2026-11-20T10:30:00.000+08:00',
    );
    expect(moveIntoWindow('2026-11-20T18:00:00+08:00', w, TZ)).toBe(
      '2026-11-21T10:30:00.000+08:00',
    );
  });
});
