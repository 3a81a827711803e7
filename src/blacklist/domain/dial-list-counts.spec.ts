import { filterDialList } from './dial-list-filter.js';
import { collector, inputStream, runDialList } from './test-support/run-filters.js';

describe('filterDialList: counts', () => {
  const csv =
    'phone,name\n' +
    '13800138000,ok\n' + // line 2
    'not a number,bad\n' + // line 3
    '+86 138-0013-8000,same subscriber\n' + // line 4
    '13900139000,blacklisted\n' + // line 5
    '"0086 139 0013 9000",blacklisted again (a duplicate first)\n' + // line 6
    '12345,bad\n' + // line 7
    '13700137000,ok\n'; // line 8

  it('classifies each row once and the counts add up to input', async () => {
    const { counts, rejected, output } = await runDialList(csv, ['+86 139 0013 9000']);
    expect(counts).toEqual({ input: 7, invalid: 2, duplicates: 2, blacklisted: 1, exported: 2 });
    const { input, ...outcomes } = counts;
    expect(Object.values(outcomes).reduce((a, b) => a + b)).toBe(input);
    expect(rejected).toEqual([
      [3, 'invalid'],
      [4, 'duplicate'],
      [5, 'blacklisted'],
      [6, 'duplicate'],
      [7, 'invalid'],
    ]);
    expect(output).toBe('phone,name\n13800138000,ok\n13700137000,ok\n');
  });

  it('reports progress in rows and bytes', async () => {
    const calls: [number, number][] = [];
    await filterDialList(inputStream(csv, 16), collector().stream, {
      isBlacklisted: () => false,
      onProgress: (rows, bytes) => calls.push([rows, bytes]),
    });
    expect(calls.at(-1)).toEqual([7, Buffer.byteLength(csv)]);
    expect(calls.map(([rows]) => rows)).toEqual(
      [...calls.map(([rows]) => rows)].sort((a, b) => a - b),
    );
  });
});
