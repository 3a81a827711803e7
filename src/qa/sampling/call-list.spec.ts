import { forEachListedCall } from './call-list.js';

const listed = (text: string | null) => {
  const calls: [number, string | null][] = [];
  forEachListedCall(text, (id, startedAt) => calls.push([id, startedAt]));
  return calls;
};

describe('aggregated call list', () => {
  it('reads ids, with start times where given', () => {
    expect(listed('3,17,250@2026-11-20T01:15:00.000Z')).toEqual([
      [3, null],
      [17, null],
      [250, '2026-11-20T01:15:00.000Z'],
    ]);
  });

  it('is empty for an empty group', () => {
    expect(listed(null)).toEqual([]);
    expect(listed('')).toEqual([]);
  });
});
