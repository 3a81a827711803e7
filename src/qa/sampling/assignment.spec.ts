import { assignLeastLoaded, type ReviewerLoad } from './assignment.js';

const r = (id: number, openItems = 0, agentCode: string | null = null): ReviewerLoad => ({
  id,
  name: `R${id}`,
  agentCode,
  openItems,
});
const items = (...agents: string[]) => agents.map((agentCode) => ({ agentCode }));

describe('least-loaded assignment', () => {
  it('fills the emptiest queue first, then spreads evenly', () => {
    const got = assignLeastLoaded(items('A', 'A', 'A', 'A', 'A'), [r(1, 3), r(2, 0), r(3, 1)]);
    expect(got.map((x) => x?.id)).toEqual([2, 2, 3, 2, 3]);
  });

  it('breaks ties by the lower user id', () => {
    expect(assignLeastLoaded(items('A', 'A'), [r(5), r(4)]).map((x) => x?.id)).toEqual([4, 5]);
  });

  it('never gives reviewers their own calls', () => {
    const got = assignLeastLoaded(items('A1', 'A1', 'A2'), [r(1, 0, 'A1'), r(2, 10)]);
    expect(got.map((x) => x?.id)).toEqual([2, 2, 1]);
  });

  it('leaves an item unassigned when nobody may review it', () => {
    expect(assignLeastLoaded(items('A1'), [r(1, 0, 'A1')])).toEqual([null]);
    expect(assignLeastLoaded(items('A1'), [])).toEqual([null]);
  });
});
