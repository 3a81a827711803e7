import fc from 'fast-check';
import { compareCallIds, DuplicateCallError, sortByCallId } from './call-id.js';

const ids = (items: readonly { callId: string | number }[]) => items.map((i) => i.callId);
const wrap = (xs: (string | number)[]) => xs.map((callId) => ({ callId }));

describe('canonical call order', () => {
  it('sorts integer ids numerically (radix fast path)', () => {
    expect(ids(sortByCallId(wrap([10, 2, 33, 1])))).toEqual([1, 2, 10, 33]);
  });

  it('orders any unsigned 32-bit ids as a numeric sort does', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: 2 ** 32 - 1 }), { maxLength: 2_000 }), (xs) => {
        expect(ids(sortByCallId(wrap(xs)))).toEqual([...xs].sort((a, b) => a - b));
      }),
    );
  });

  it('confirms an already ascending population in one pass, and still rejects its duplicates', () => {
    const input = wrap([1, 2, 10, 33]);
    const sorted = sortByCallId(input);
    expect(ids(sorted)).toEqual([1, 2, 10, 33]);
    expect(sorted).not.toBe(input);
    expect(() => sortByCallId(wrap([1, 2, 2, 3]))).toThrow(DuplicateCallError);
  });

  it('falls back to the comparator for big, negative or fractional ids', () => {
    expect(ids(sortByCallId(wrap([2 ** 40, 5, -3, 1.5])))).toEqual([-3, 1.5, 5, 2 ** 40]);
  });

  it('puts numbers before strings and strings by code unit (not locale)', () => {
    expect(ids(sortByCallId(wrap(['b', 'B', 7, 'a10', 'a9'])))).toEqual([7, 'B', 'a10', 'a9', 'b']);
    // 张 U+5F20 before 李 U+674E by code unit, although pinyin order would put li first.
    expect(compareCallIds('张', '李')).toBe(-1);
  });

  it.each([
    ['radix', [3, 1, 3]],
    ['radix, high bytes', [2 ** 32 - 1, 0, 2 ** 32 - 1]],
    ['comparator', ['x', 'y', 'x']],
    ['number and its text', [42, 'C-1', '42']],
  ])('rejects a duplicate (%s)', (_label, xs) => {
    expect(() => sortByCallId(wrap(xs as (string | number)[]))).toThrow(DuplicateCallError);
  });

  it('rejects a non-finite numeric id', () => {
    expect(() => sortByCallId(wrap([1, NaN]))).toThrow(RangeError);
  });

  it('does not touch its input', () => {
    const input = Object.freeze(wrap([3, 1, 2]));
    expect(ids(sortByCallId(input))).toEqual([1, 2, 3]);
    expect(ids(input)).toEqual([3, 1, 2]);
  });
});
