import fc from 'fast-check';
import { allocateQuota, partialShuffle } from './allocation.js';
import { createRng } from './seeded-random.js';

const rng = () => createRng('allocation');
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('allocateQuota', () => {
  it('shares in proportion by largest remainder: 50/30/20 with 10 → 5/3/2', () => {
    expect(allocateQuota([50, 30, 20], 10, rng())).toEqual([5, 3, 2]);
  });

  it('gives every agent one before proportions: 100/1/1 with 5 → 3/1/1', () => {
    expect(allocateQuota([100, 1, 1], 5, rng())).toEqual([3, 1, 1]);
  });

  it('breaks remainder ties in canonical agent order', () => {
    expect(allocateQuota([3, 3, 3], 4, rng())).toEqual([2, 1, 1]);
  });

  it('with fewer picks than agents, the PRNG chooses who gets one — reproducibly', () => {
    const picks = allocateQuota([5, 5, 5, 5, 5], 2, rng());
    expect(sum(picks)).toBe(2);
    expect(picks.every((p) => p === 0 || p === 1)).toBe(true);
    expect(allocateQuota([5, 5, 5, 5, 5], 2, rng())).toEqual(picks);
  });

  it('takes everything when the quota covers it', () => {
    expect(allocateQuota([2, 1], 5, rng())).toEqual([2, 1]);
    expect(allocateQuota([], 0, rng())).toEqual([]);
  });

  it('rejects an empty stratum', () => {
    expect(() => allocateQuota([3, 0], 2, rng())).toThrow(RangeError);
  });

  it('property: exact total, never over capacity, ≥ 1 each when possible, within 1 of the ideal', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 30 }),
        fc.nat(5000),
        fc.string({ minLength: 1 }),
        (sizes, quota, seed) => {
          const picks = allocateQuota(sizes, quota, createRng(seed));
          const total = sum(sizes);
          expect(sum(picks)).toBe(Math.min(quota, total));
          picks.forEach((p, i) => expect(p).toBeLessThanOrEqual(sizes[i]));
          if (quota >= sizes.length && quota < total) {
            const rest = quota - sizes.length;
            picks.forEach((p, i) => {
              const ideal = 1 + (rest * (sizes[i] - 1)) / (total - sizes.length);
              expect(p).toBeGreaterThanOrEqual(1);
              expect(Math.abs(p - ideal)).toBeLessThan(1);
            });
          }
        },
      ),
    );
  });
});

describe('partialShuffle', () => {
  it('returns k distinct indices, deterministically', () => {
    const a = partialShuffle(100, 10, rng());
    expect(new Set(a).size).toBe(10);
    expect(a.every((i) => i >= 0 && i < 100)).toBe(true);
    expect(partialShuffle(100, 10, rng())).toEqual(a);
  });
});
