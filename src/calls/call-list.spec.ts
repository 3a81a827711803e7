import { forEachListedCall } from './call-list.js';

const listed = (text: string | null) => {
  const calls: [number, string, string, string | null][] = [];
  forEachListedCall(text, (...call) => calls.push(call));
  return calls;
};

describe('aggregated call list', () => {
  it('reads id, agent and checker status, with start times where given', () => {
    expect(listed('3:A001:valid,17:B-2:invalid,250:A001:valid@2026-11-20T01:15:00.000Z')).toEqual([
      [3, 'A001', 'valid', null],
      [17, 'B-2', 'invalid', null],
      [250, 'A001', 'valid', '2026-11-20T01:15:00.000Z'],
    ]);
  });

  it('reads a day of 100,000 calls, the re-checked ones with start times', () => {
    const tokens = Array.from(
      { length: 100_000 },
      (_, i) => `${i + 1}:A${i % 200}:valid${i % 1_000 === 0 ? '@2026-11-20T01:15:00.000Z' : ''}`,
    );
    const calls = listed(tokens.join(','));
    expect(calls).toHaveLength(100_000);
    expect(calls[99_999]).toEqual([100_000, 'A199', 'valid', null]);
    expect(calls.filter((c) => c[3] !== null)).toHaveLength(100);
  });

  it('is empty when the day has no calls', () => {
    expect(listed(null)).toEqual([]);
    expect(listed('')).toEqual([]);
  });
});

describe('aggregated call list, malformed', () => {
  it.each(['x:A001:valid', '12:A001', ':A001:valid', '3:A001:valid,7'])(
    'names the entry it cannot read: %s',
    (text) => {
      expect(() => listed(text)).toThrow(/Malformed population entry/);
    },
  );
});
