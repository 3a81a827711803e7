import fc from 'fast-check';
import { rateToPpm, SAMPLING_RATES, samplingQuota, SamplingRateError } from './quota.js';

describe('samplingQuota = ceil(rate × population)', () => {
  it.each([
    [0, 0, 0],
    [1, 1, 1],
    [9, 1, 1],
    [10, 1, 1],
    [11, 2, 1],
    [20, 2, 1],
    [21, 3, 2],
    [30, 3, 2],
    [99, 10, 5],
    [100, 10, 5],
    [101, 11, 6],
    [100_000, 10_000, 5_000],
    [100_001, 10_001, 5_001],
  ])('population %i → daily %i, weekly %i', (size, daily, weekly) => {
    expect(samplingQuota(SAMPLING_RATES.daily, size)).toBe(daily);
    expect(samplingQuota(SAMPLING_RATES.weekly, size)).toBe(weekly);
  });

  it('is exact where floating point is not: 0.07 × 100 = 7, 0.14 × 50 = 7', () => {
    expect(0.07 * 100).toBeGreaterThan(7); // the trap a naïve Math.ceil falls into
    expect(samplingQuota(0.07, 100)).toBe(7);
    expect(samplingQuota(0.14, 50)).toBe(7);
    expect(samplingQuota(0.1, 30)).toBe(3);
  });

  it('rate 0 samples nothing, rate 1 everything', () => {
    expect(samplingQuota(0, 500)).toBe(0);
    expect(samplingQuota(1, 500)).toBe(500);
  });

  it('property: the smallest whole number ≥ rate × size (checked in BigInt)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.nat(2_000_000), (bp, size) => {
        const q = samplingQuota(bp / 10_000, size);
        const need = BigInt(bp) * BigInt(size);
        expect(BigInt(q) * 10_000n >= need).toBe(true);
        expect(BigInt(q - 1) * 10_000n < need || q === 0).toBe(true);
      }),
    );
  });

  it.each([-0.1, 1.01, NaN, Infinity, 0.1234567])('rejects rate %s', (rate) => {
    expect(() => samplingQuota(rate, 10)).toThrow(SamplingRateError);
  });

  it.each([-1, 2.5, NaN])('rejects population size %s', (size) => {
    expect(() => samplingQuota(0.1, size)).toThrow(RangeError);
  });

  it('converts rates to parts per million', () => {
    expect(rateToPpm(0.1)).toBe(100_000);
    expect(rateToPpm(0.05)).toBe(50_000);
  });
});
