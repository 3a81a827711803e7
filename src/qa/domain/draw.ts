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

  const pool: PopulationCall[] = [];
  for (const call of calls) if (!call.flagged && !call.recheck) pool.push(call);
  const chosen = new Set(drawRandomShare(pool, Math.min(quota, pool.length), rng));

  const items: SampleItem[] = [];
  for (const call of calls) {
    const reason: SampleReason | null = call.flagged
      ? 'flagged'
      : call.recheck
        ? 'recheck'
        : chosen.has(call)
          ? 'random'
          : null;
    if (reason) items.push({ callId: call.callId, agentCode: call.agentCode, reason });
  }
  return { quota, populationSize: calls.length, items };
}

function drawRandomShare(pool: PopulationCall[], n: number, rng: Rng): PopulationCall[] {
  const fresh: PopulationCall[] = [];
  const reviewed: PopulationCall[] = [];
  for (const call of pool) (call.alreadyReviewed ? reviewed : fresh).push(call);
  if (fresh.length >= n) return stratifiedPick(fresh, n, rng);
  return [...fresh, ...stratifiedPick(reviewed, n - fresh.length, rng)];
}

function stratifiedPick(calls: PopulationCall[], n: number, rng: Rng): PopulationCall[] {
  if (n <= 0) return [];
  const byAgent = new Map<string, PopulationCall[]>();
  for (const call of calls) {
    const group = byAgent.get(call.agentCode);
    if (group) group.push(call);
    else byAgent.set(call.agentCode, [call]);
  }
  const agents = [...byAgent.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const groups = agents.map((agent) => byAgent.get(agent)!);
  const picks = allocateQuota(
    groups.map((g) => g.length),
    n,
    rng,
  );
  return groups.flatMap((group, i) =>
    picks[i] >= group.length
      ? group
      : partialShuffle(group.length, picks[i], rng).map((index) => group[index]),
  );
}
