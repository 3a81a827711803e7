import { Readable, Writable } from 'node:stream';
import { filterDialList } from './dial-list-filter.js';
import { collector, inputStream, runDialList } from './test-support/run-filters.js';

const tricky =
  '\uFEFFid,"Phone",备注\r\n' +
  '1,＋８６ １３８－００１３－８０００,"多行\r\n备注, 含逗号"\r\n' +
  '2,"(+86) 139 0013 9000",""""\r\n' +
  '\r\n' +
  '3,13700137000,普通\r\n' +
  '4,bad,x\r\n' +
  '5,"0086-13600136000","a ""quoted"" word\nand a bare LF"\r\n' +
  '6,13700137000,dup';

describe('filterDialList: streaming', () => {
  it('gives the same result whatever the input chunk boundaries', async () => {
    const whole = await runDialList(tricky, ['13900139000']);
    expect(whole.counts).toEqual({
      input: 6,
      invalid: 1,
      duplicates: 1,
      blacklisted: 1,
      exported: 3,
    });
    for (const chunkBytes of [1, 2, 3, 5, 7, 64]) {
      const split = await runDialList(tricky, ['13900139000'], { chunkBytes });
      expect(split.bytes).toEqual(whole.bytes);
      expect(split.counts).toEqual(whole.counts);
      expect(split.rejected).toEqual(whole.rejected);
    }
  });

  it('respects backpressure on a slow output and loses no rows', async () => {
    const rows = Array.from({ length: 40_000 }, (_, i) =>
      i % 5 === 0
        ? `"+86 1${30 + (i % 60)} ${String(i).padStart(8, '0')}",r${i}`
        : `1${30 + (i % 60)}${String(i).padStart(8, '0')},r${i}`,
    );
    const csv = `phone,ref\n${rows.join('\n')}\n`;
    const { counts, output } = await runDialList(csv, [], {
      outputHighWaterMark: 1024,
      chunkBytes: 4096,
    });
    expect(counts).toEqual({
      input: 40_000,
      invalid: 0,
      duplicates: 0,
      blacklisted: 0,
      exported: 40_000,
    });
    const lines = output.trimEnd().split('\n');
    expect(lines).toHaveLength(40_001);
    expect(lines[40_000]).toBe(`1${30 + (39_999 % 60)}00039999,r39999`);
  });

  it('rejects and destroys the output when the input fails', async () => {
    const input = new Readable({
      read() {
        this.push('phone\n13800138000\n');
        this.destroy(new Error('disk gone'));
      },
    });
    const out = collector();
    await expect(filterDialList(input, out.stream, { isBlacklisted: () => false })).rejects.toThrow(
      'disk gone',
    );
    expect(out.stream.destroyed).toBe(true);
  });

  it('rejects when the output closes early instead of hanging', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => `1380${String(i).padStart(7, '0')}`);
    let written = 0;
    const output = new Writable({
      highWaterMark: 16,
      write(_chunk, _enc, done) {
        if (++written === 1) this.destroy();
        setImmediate(done);
      },
    });
    await expect(
      filterDialList(inputStream(`phone\n${rows.join('\n')}\n`, 1024), output, {
        isBlacklisted: () => false,
      }),
    ).rejects.toThrow();
  });
});
