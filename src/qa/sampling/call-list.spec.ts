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

  it('is empty when the day has no calls', () => {
    expect(listed(null)).toEqual([]);
    expect(listed('')).toEqual([]);
  });
});
