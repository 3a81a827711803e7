import { allocateQuota, partialShuffle } from './allocation.js';
import { type CallId, sortByCallId } from './call-id.js';
import { samplingQuota } from './quota.js';
import { createRng, type Rng } from './seeded-random.js';

/**
 * The sampling draw (录音抽查), deterministic from the run's seed.
 *
 * Decisions:
 * - Order does not matter: the population is put in canonical callId order first.
 * - quota = ceil(rate × whole population). Each call carries exactly one reason,
 *   flagged > recheck > random: every call the checker marked invalid or
 *   needs_review is sampled as `flagged`, every other sale of an agent under
 *   re-check as `recheck`, and the random quota is drawn from the remaining
 *   calls, so the random share alone still meets the quota (unless fewer calls
 *   remain, in which case all of them are taken and the whole day is sampled).
 * - The random share is stratified by agent (see allocation.ts) and chosen within
 *   each agent by a seeded partial Fisher–Yates shuffle.
 * - alreadyReviewed (weekly tier): when enough not-yet-reviewed calls exist, the
 *   random share comes only from them (an agent whose every call was reviewed
 *   this week is then not re-sampled); otherwise all of them are taken and the
 *   remainder is drawn from the reviewed calls.
 * - Items are returned in canonical callId order.
 *
 * Changing anything here changes which calls a stored seed selects; bump
 * DRAW_ALGORITHM (stored on each run) so old runs are verified by the old rules.
 */
export const DRAW_ALGORITHM = 'cyrb128-sfc32/strata-min1-hamilton/fisher-yates/v1';

export type SampleReason = 'random' | 'recheck' | 'flagged';

export interface PopulationCall {
  callId: CallId;
  agentCode: string;
  flagged: boolean;
  recheck: boolean;
  alreadyReviewed?: boolean;
}

export interface SampleItem {
  callId: CallId;
  agentCode: string;
  reason: SampleReason;
}

export interface DrawInput {
  seed: string;
  rate: number;
  population: readonly PopulationCall[];
}

export interface DrawResult {
  quota: number;
  populationSize: number;
  items: SampleItem[];
}

export function drawSample({ seed, rate, population }: DrawInput): DrawResult {
  const calls = sortByCallId(population);
  const quota = samplingQuota(rate, calls.length);
  const rng = createRng(seed);

  // Positions in canonical order rather than objects: a day holds 100,000 calls.
  const fresh: number[] = [];
  const reviewed: number[] = [];
  for (let i = 0; i < calls.length; i++) {
    const call = calls[i];
    if (call.flagged || call.recheck) continue;
    (call.alreadyReviewed ? reviewed : fresh).push(i);
  }
  const chosen = new Uint8Array(calls.length);
  const n = Math.min(quota, fresh.length + reviewed.length);
  if (fresh.length >= n) stratifiedPick(calls, fresh, n, rng, chosen);
  else {
    for (const i of fresh) chosen[i] = 1;
    stratifiedPick(calls, reviewed, n - fresh.length, rng, chosen);
  }

  const items: SampleItem[] = [];
  for (let i = 0; i < calls.length; i++) {
    const call = calls[i];
    const reason: SampleReason | null = call.flagged
      ? 'flagged'
      : call.recheck
        ? 'recheck'
        : chosen[i] === 1
          ? 'random'
          : null;
    if (reason) items.push({ callId: call.callId, agentCode: call.agentCode, reason });
  }
  return { quota, populationSize: calls.length, items };
}

/** Marks `n` of the given positions in `chosen`, spread across agents (see allocation.ts). */
function stratifiedPick(
  calls: readonly PopulationCall[],
  positions: readonly number[],
  n: number,
  rng: Rng,
  chosen: Uint8Array,
): void {
  if (n <= 0) return;
  const byAgent = new Map<string, number[]>();
  for (const i of positions) {
    const group = byAgent.get(calls[i].agentCode);
    if (group) group.push(i);
    else byAgent.set(calls[i].agentCode, [i]);
  }
  const agents = [...byAgent.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const groups = agents.map((agent) => byAgent.get(agent)!);
  const picks = allocateQuota(
    groups.map((g) => g.length),
    n,
    rng,
  );
  groups.forEach((group, g) => {
    if (picks[g] >= group.length) for (const i of group) chosen[i] = 1;
    else for (const k of partialShuffle(group.length, picks[g], rng)) chosen[group[k]] = 1;
  });
}
