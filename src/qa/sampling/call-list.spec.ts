import { parseCallList } from './call-list.js';

describe('aggregated call list', () => {
  it('reads ids, with start times where given', () => {
    expect(parseCallList('3,17,250@2026-11-20T01:15:00.000Z')).toEqual([
      { id: 3, startedAt: null },
      { id: 17, startedAt: null },
      { id: 250, startedAt: '2026-11-20T01:15:00.000Z' },
    ]);
  });

  it('is empty for an empty group', () => {
    expect(parseCallList(null)).toEqual([]);
    expect(parseCallList('')).toEqual([]);
  });
});
