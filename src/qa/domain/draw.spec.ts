import fc from 'fast-check';
import { drawSample, type PopulationCall, type SampleItem } from './draw.js';
import { SAMPLING_RATES } from './quota.js';
import { createRng } from './seeded-random.js';

const SEED = '5f2b0c1e9a7d4e3f8b6a1c2d3e4f5a6b';

/** `counts[i]` calls for agent A00i, numbered ids. */
function population(counts: number[], extra: Partial<PopulationCall> = {}): PopulationCall[] {
  let id = 1;
  return counts.flatMap((n, agent) =>
    Array.from({ length: n }, () => ({
      callId: id++,
      agentCode: `A${String(agent + 1).padStart(3, '0')}`,
      flagged: false,
      recheck: false,
      ...extra,
    })),
  );
}

function shuffled<T>(items: T[], seed: string): T[] {
  const rng = createRng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.nextInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const byReason = (items: SampleItem[], reason: SampleItem['reason']) =>
  items.filter((i) => i.reason === reason);
const perAgent = (items: SampleItem[]) =>
  items.reduce<Record<string, number>>(
    (acc, i) => ({ ...acc, [i.agentCode]: (acc[i.agentCode] ?? 0) + 1 }),
    {},
  );

describe('drawSample', () => {
  it.each([0, 1, 9, 10, 11, 30, 99, 1000])('meets ceil(10%%) for %i calls exactly', (size) => {
    const result = drawSample({
      seed: SEED,
      rate: SAMPLING_RATES.daily,
      population: population([size]),
    });
    expect(result.quota).toBe(Math.ceil(size / 10));
    expect(result.populationSize).toBe(size);
    expect(byReason(result.items, 'random')).toHaveLength(result.quota);
  });

  it('pins the selection for a known seed (a change here needs a new DRAW_ALGORITHM)', () => {
    const calls = Array.from({ length: 60 }, (_, i) => ({
      callId: i + 1,
      agentCode: `A00${(i % 3) + 1}`,
      flagged: false,
      recheck: false,
    }));
    const { items } = drawSample({ seed: 'golden', rate: 0.1, population: calls });
    expect(items.map((i) => i.callId)).toEqual([2, 3, 41, 42, 43, 55]);
    expect(perAgent(items)).toEqual({ A001: 2, A002: 2, A003: 2 });
  });

  it('spreads the random share across agents by largest remainder', () => {
    const { items } = drawSample({ seed: SEED, rate: 0.1, population: population([50, 30, 20]) });
    expect(perAgent(items)).toEqual({ A001: 5, A002: 3, A003: 2 });
  });

  it('gives every agent with sales at least one while the quota allows', () => {
    // 97 + 1 + 1 + 1 = 100 calls → 10 picks; the three one-call agents each get theirs.
    const { items } = drawSample({ seed: SEED, rate: 0.1, population: population([97, 1, 1, 1]) });
    expect(perAgent(items)).toEqual({ A001: 7, A002: 1, A003: 1, A004: 1 });
  });

  it('when the quota is smaller than the number of agents, each chosen agent gets one', () => {
    const { items } = drawSample({
      seed: SEED,
      rate: 0.1,
      population: population(Array(15).fill(1)),
    });
    expect(items).toHaveLength(2);
    expect(new Set(items.map((i) => i.agentCode)).size).toBe(2);
  });

  it('is deterministic and independent of input order; another seed draws differently', () => {
    const calls = population([40, 25, 35, 12]);
    const a = drawSample({ seed: SEED, rate: 0.1, population: calls });
    expect(drawSample({ seed: SEED, rate: 0.1, population: shuffled(calls, 'x') })).toEqual(a);
    expect(drawSample({ seed: SEED, rate: 0.1, population: [...calls].reverse() })).toEqual(a);
    expect(drawSample({ seed: 'another', rate: 0.1, population: calls }).items).not.toEqual(
      a.items,
    );
  });

  it('adds every flagged and re-check call on top of the full random quota', () => {
    const calls = population([60, 40]).map((c) => ({
      ...c,
      flagged: Number(c.callId) % 17 === 0,
      recheck: c.agentCode === 'A002',
    }));
    const { quota, items } = drawSample({ seed: SEED, rate: 0.1, population: calls });
    expect(quota).toBe(10);
    expect(byReason(items, 'random')).toHaveLength(10);
    expect(byReason(items, 'random').every((i) => i.agentCode === 'A001')).toBe(true);
    expect(byReason(items, 'flagged').map((i) => i.callId)).toEqual([17, 34, 51, 68, 85]);
    // Flagged outranks re-check: 68 and 85 belong to A002 but appear once, as flagged.
    expect(byReason(items, 'recheck')).toHaveLength(40 - 2);
    expect(new Set(items.map((i) => i.callId)).size).toBe(items.length);
  });

  it('takes every remaining call when fewer than the quota are left for the random share', () => {
    const calls = population([20]).map((c) => ({ ...c, flagged: Number(c.callId) > 1 }));
    const { items } = drawSample({ seed: SEED, rate: 0.1, population: calls });
    expect(byReason(items, 'random').map((i) => i.callId)).toEqual([1]);
    expect(items).toHaveLength(20);
  });

  describe('weekly: avoids calls already reviewed when enough others exist', () => {
    it('draws only unreviewed calls when there are enough', () => {
      const calls = population([100, 100]).map((c) => ({
        ...c,
        alreadyReviewed: Number(c.callId) % 2 === 0,
      }));
      const { items } = drawSample({ seed: SEED, rate: 0.05, population: calls });
      expect(items).toHaveLength(10);
      expect(items.every((i) => Number(i.callId) % 2 === 1)).toBe(true);
    });

    it('takes all unreviewed calls and fills the rest from reviewed ones otherwise', () => {
      const calls = population([40]).map((c) => ({ ...c, alreadyReviewed: Number(c.callId) > 1 }));
      const { items } = drawSample({ seed: SEED, rate: 0.05, population: calls });
      expect(items).toHaveLength(2);
      expect(items.map((i) => i.callId)).toContain(1);
    });
  });

  it('accepts string ids and orders them canonically', () => {
    const calls = ['C-3', 'C-1', 'C-2'].map((callId) => ({
      callId,
      agentCode: 'A001',
      flagged: true,
      recheck: false,
    }));
    expect(
      drawSample({ seed: SEED, rate: 0.1, population: calls }).items.map((i) => i.callId),
    ).toEqual(['C-1', 'C-2', 'C-3']);
  });

  it('rejects a call listed twice (42 and "42" are the same call)', () => {
    const calls = population([2]);
    expect(() =>
      drawSample({ seed: SEED, rate: 0.1, population: [...calls, { ...calls[0], callId: '1' }] }),
    ).toThrow(RangeError);
  });

  it('property: exact random quota, each call once, flagged and re-check all in', () => {
    const call = fc.record({
      agentCode: fc.constantFrom('A001', 'A002', 'A003', 'A004', 'A005'),
      flagged: fc.boolean(),
      recheck: fc.boolean(),
      alreadyReviewed: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(call, { maxLength: 300 }), fc.string({ minLength: 1 }), (raw, seed) => {
        const calls = raw.map((c, i) => ({
          ...c,
          flagged: c.flagged && i % 7 === 0,
          recheck: c.recheck && i % 5 === 0,
          callId: i,
        }));
        const { quota, items } = drawSample({ seed, rate: 0.1, population: calls });
        const pool = calls.filter((c) => !c.flagged && !c.recheck).length;
        expect(byReason(items, 'random')).toHaveLength(Math.min(quota, pool));
        expect(byReason(items, 'flagged')).toHaveLength(calls.filter((c) => c.flagged).length);
        expect(byReason(items, 'recheck')).toHaveLength(
          calls.filter((c) => !c.flagged && c.recheck).length,
        );
        expect(new Set(items.map((i) => i.callId)).size).toBe(items.length);
        expect(items.length).toBeGreaterThanOrEqual(Math.min(quota, calls.length));
      }),
    );
  });

  // Speed is measured by scripts/bench/sampling.ts against a floor; here only the size.
  it('draws exactly the quota from a population of 100,000 calls', () => {
    const calls = shuffled(
      population(Array.from({ length: 120 }, (_, i) => 500 + i * 10)).slice(0, 100_000),
      'large',
    );
    const { quota, items } = drawSample({ seed: SEED, rate: 0.1, population: calls });
    expect(quota).toBe(10_000);
    expect(items).toHaveLength(10_000);
    expect(new Set(items.map((i) => i.callId)).size).toBe(10_000);
  });
});
