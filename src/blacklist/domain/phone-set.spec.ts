import fc from 'fast-check';
import { PhoneSet } from './phone-set.js';

describe('PhoneSet', () => {
  it('adds, finds and counts keys, reporting repeats', () => {
    const set = new PhoneSet();
    expect(set.add(13800138000)).toBe(true);
    expect(set.add(13800138000)).toBe(false);
    expect(set.add(1e15 + 85291234567)).toBe(true);
    expect(set.size).toBe(2);
    expect(set.has(13800138000)).toBe(true);
    expect(set.has(13800138001)).toBe(false);
    expect([...set].sort((a, b) => a - b)).toEqual([13800138000, 1e15 + 85291234567]);
  });

  it('never reports the empty-slot marker as present', () => {
    const set = PhoneSet.from([1, 2, 3]);
    expect(set.has(0)).toBe(false);
    expect(set.has(NaN)).toBe(false);
  });

  it.each([[0], [-5], [1.5], [NaN], [2 ** 53]])('refuses the key %p', (key) => {
    expect(() => new PhoneSet().add(key)).toThrow(RangeError);
  });

  it('grows past its initial capacity and keeps every key (consecutive ranges)', () => {
    const set = new PhoneSet();
    for (let i = 0; i < 200_000; i++) set.add(13800000000 + i);
    expect(set.size).toBe(200_000);
    for (let i = 0; i < 200_000; i += 997) expect(set.has(13800000000 + i)).toBe(true);
    expect(set.has(13800000000 + 200_000)).toBe(false);
    expect(set.byteLength).toBeLessThanOrEqual(8 * 2 ** 19);
  });

  it('grows one bucket at a time: no moment holds two copies of the whole set', () => {
    const set = new PhoneSet();
    let largestStep = 0;
    for (let i = 0; i < 200_000; i++) {
      const before = set.byteLength;
      set.add(13_000_000_000 + ((i * 2_654_435_761) % 7_000_000_000));
      largestStep = Math.max(largestStep, set.byteLength - before);
    }
    expect(set.size).toBe(200_000);
    expect(largestStep).toBeLessThanOrEqual(64 * 1024);
    // 4-byte slots at a load of at least 3/8 (just after a bucket doubles).
    expect(set.byteLength).toBeLessThanOrEqual((200_000 * 4 * 8) / 3);
  });

  it('keeps keys on both sides of a bucket boundary and in the sparse E.164 range apart', () => {
    const keys = [2 ** 26 - 1, 2 ** 26, 2 ** 26 + 1, 2 ** 35 - 1, 2 ** 35, 1e15 + 861012345678];
    const set = PhoneSet.from(keys);
    expect([...set].sort((a, b) => a - b)).toEqual(keys);
    for (const k of keys) expect(set.has(k + 0.5)).toBe(false);
    expect(set.has(2 ** 26 + 2)).toBe(false);
    expect(set.has(1e15 + 861012345679)).toBe(false);
  });

  it('behaves like a Set of the same keys', () => {
    const key = fc.oneof(
      fc.integer({ min: 13_000_000_000, max: 19_999_999_999 }),
      fc.integer({ min: 1, max: 3000 }),
      fc.constantFrom(Number.MAX_SAFE_INTEGER, 1e15 + 85291234567),
    );
    fc.assert(
      fc.property(
        fc.array(key, { maxLength: 3000 }),
        fc.array(key, { maxLength: 200 }),
        (added, probes) => {
          const set = new PhoneSet();
          const reference = new Set<number>();
          for (const k of added) expect(set.add(k)).toBe(!reference.has(k) && !!reference.add(k));
          expect(set.size).toBe(reference.size);
          for (const k of [...added, ...probes]) expect(set.has(k)).toBe(reference.has(k));
        },
      ),
      { numRuns: 50 },
    );
  });
});
