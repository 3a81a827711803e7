import type { Rng } from './seeded-random.js';

/**
 * Splits `quota` picks across strata (agents) of the given sizes.
 *
 * - Every agent with sales gets one pick while the quota allows, so no one's work
 *   goes unseen on a day when they sold little.
 * - If the quota is smaller than the number of agents, the PRNG chooses which
 *   agents get their one pick (a partial Fisher–Yates over the agents' order).
 * - The rest is shared in proportion to what each agent has left after that first
 *   pick (size − 1), by largest remainder (Hamilton). Remainders are compared as
 *   exact integers; ties go to the agent earlier in canonical order. No agent is
 *   ever given more picks than it has calls.
 */
export function allocateQuota(sizes: readonly number[], quota: number, rng: Rng): number[] {
  const total = sizes.reduce((sum, n) => sum + n, 0);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new RangeError('Every stratum needs at least one call');
  }
  if (quota >= total) return [...sizes];

  const picks = sizes.map(() => 0);
  if (quota < sizes.length) {
    for (const index of partialShuffle(sizes.length, quota, rng)) picks[index] = 1;
    return picks;
  }

  const rest = quota - sizes.length;
  const spare = total - sizes.length; // > rest because quota < total
  const remainders = sizes.map((n, index) => {
    const share = rest * (n - 1);
    picks[index] = 1 + Math.floor(share / spare);
    return { index, remainder: share % spare };
  });
  let leftover = quota - picks.reduce((sum, n) => sum + n, 0);
  remainders.sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of remainders) {
    if (leftover === 0) break;
    picks[index]++;
    leftover--;
  }
  return picks;
}

/** The first `k` of a seeded Fisher–Yates shuffle of 0…n−1, touching only k slots' worth of randomness. */
export function partialShuffle(n: number, k: number, rng: Rng): number[] {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = 0; i < k; i++) {
    const j = i + rng.nextInt(n - i);
    const swap = order[i];
    order[i] = order[j];
    order[j] = swap;
  }
  return Array.from(order.subarray(0, k));
}
