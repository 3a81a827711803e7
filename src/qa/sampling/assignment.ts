/**
 * Least-loaded assignment: each item goes to the eligible reviewer with the
 * fewest open items at that moment (ties to the lower user id), never to the
 * reviewer who is the call's own agent. An item nobody may review is left
 * unassigned for an admin to place.
 */
export interface ReviewerLoad {
  id: number;
  name: string;
  agentCode: string | null;
  openItems: number;
}

export function assignLeastLoaded(
  items: readonly { agentCode: string }[],
  reviewers: readonly ReviewerLoad[],
): (ReviewerLoad | null)[] {
  const load = reviewers.map((r) => r.openItems);
  return items.map((item) => {
    let best = -1;
    for (let i = 0; i < reviewers.length; i++) {
      if (reviewers[i].agentCode !== null && reviewers[i].agentCode === item.agentCode) continue;
      if (
        best < 0 ||
        load[i] < load[best] ||
        (load[i] === load[best] && reviewers[i].id < reviewers[best].id)
      )
        best = i;
    }
    if (best < 0) return null;
    load[best]++;
    return reviewers[best];
  });
}
