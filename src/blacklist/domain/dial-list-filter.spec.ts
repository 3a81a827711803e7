import { CsvFormatError } from './csv-record-reader.js';
import { filterDialList } from './dial-list-filter.js';
import { collector, inputStream, runDialList } from './test-support/run-filters.js';

describe('filterDialList: CSV handling', () => {
  it('rewrites the phone column and carries the other columns through', async () => {
    const csv = 'phone,name,note\n+86 138 0013 8000,张三,VIP\n139-0013-9000,李四,\n';
    const { output, counts } = await runDialList(csv);
    expect(output).toBe('phone,name,note\n13800138000,张三,VIP\n13900139000,李四,\n');
    expect(counts).toEqual({ input: 2, invalid: 0, duplicates: 0, blacklisted: 0, exported: 2 });
  });

  it('finds a phone column that is not first, case and spaces ignored', async () => {
    const csv = 'id,name, Phone ,city\n1,A,138-0013-8000,北京\n';
    const { output } = await runDialList(csv);
    expect(output).toBe('id,name, Phone ,city\n1,A,13800138000,北京\n');
  });

  it.each([['mobile'], ['手机'], ['手机号'], ['电话']])(
    'accepts %j as the phone column',
    async (name) => {
      const { output } = await runDialList(`id,${name}\n1,+8613800138000\n`);
      expect(output).toBe(`id,${name}\n1,13800138000\n`);
    },
  );

  it('falls back to the first column when none is named', async () => {
    const { output } = await runDialList('号码,姓名\n13800138000,A\n');
    expect(output).toBe('号码,姓名\n13800138000,A\n');
  });

  it('handles quoted fields with commas, escaped quotes and line breaks', async () => {
    const csv =
      'name,phone,note\n' +
      '"Wang, Jr.","+86 138 0013 8000","said ""no"", then\nhung up"\n' +
      '"Li","13900139000","x"\n';
    const { output, counts } = await runDialList(csv);
    expect(output).toBe(
      'name,phone,note\n' +
        '"Wang, Jr.",13800138000,"said ""no"", then\nhung up"\n' +
        '"Li","13900139000","x"\n',
    );
    expect(counts.exported).toBe(2);
  });

  it('handles a fully quoted file with a BOM before the quoted header', async () => {
    const csv = '\uFEFF"name","phone"\r\n"A","+86 138 0013 8000"\r\n"B","13900139000"\r\n';
    const { output, counts } = await runDialList(csv, ['13900139000']);
    expect(output).toBe('\uFEFF"name","phone"\r\n"A",13800138000\r\n');
    expect(counts.blacklisted).toBe(1);
  });

  it('keeps CRLF line endings and CRLF inside quoted fields', async () => {
    const csv = 'phone,note\r\n138 0013 8000,"a\r\nb"\r\n13900139000,c\r\n';
    const { output } = await runDialList(csv);
    expect(output).toBe('phone,note\r\n13800138000,"a\r\nb"\r\n13900139000,c\r\n');
  });

  it('keeps a UTF-8 BOM and still recognises the header', async () => {
    const { output } = await runDialList('\uFEFFphone,name\n138-0013-8000,A\n');
    expect(output).toBe('\uFEFFphone,name\n13800138000,A\n');
  });

  it('splits old-Mac bare-CR lines, so no row hides behind one', async () => {
    const { output, counts } = await runDialList('phone,name\r13800138000,A\r13900139000,B\r', [
      '13900139000',
    ]);
    expect(output).toBe('phone,name\n13800138000,A\n');
    expect(counts).toEqual({ input: 2, invalid: 0, duplicates: 0, blacklisted: 1, exported: 1 });
  });

  it('reads a last line without a newline', async () => {
    const { output, counts } = await runDialList('phone\n13800138000\n13900139000');
    expect(output).toBe('phone\n13800138000\n13900139000\n');
    expect(counts.input).toBe(2);
  });

  it('skips blank and comma-only lines without counting them', async () => {
    const csv = 'phone,name\n\n13800138000,A\n   \n,,\r\n13900139000,B\n\n';
    const { output, counts, rejected } = await runDialList(csv);
    expect(output).toBe('phone,name\n13800138000,A\n13900139000,B\n');
    expect(counts.input).toBe(2);
    expect(rejected).toEqual([]);
  });

  it('carries non-UTF-8 (GBK) bytes through unchanged and reads GBK full-width digits', async () => {
    const gbkName = Buffer.from([0xd5, 0xc5, 0xc8, 0xfd]); // 张三 in GBK
    const gbkDigits = Buffer.from(
      '１３８００１３８０００'
        .split('')
        .flatMap((c) => [0xa3, 0xb0 + Number(String.fromCharCode(c.charCodeAt(0) - 0xfee0))]),
    );
    const input = Buffer.concat([
      Buffer.from('name,phone\n'),
      gbkName,
      Buffer.from(','),
      gbkDigits,
      Buffer.from('\n'),
    ]);
    const { bytes } = await runDialList(input);
    expect(bytes).toEqual(
      Buffer.concat([Buffer.from('name,phone\n'), gbkName, Buffer.from(',13800138000\n')]),
    );
  });

  it('treats a first line that is a phone number as data, not as a header', async () => {
    const { output, counts } = await runDialList('13800138000,A\n13900139000,B\n', ['13800138000']);
    expect(output).toBe('13900139000,B\n');
    expect(counts).toEqual({ input: 2, invalid: 0, duplicates: 0, blacklisted: 1, exported: 1 });
  });

  it('counts a row without a phone field as invalid', async () => {
    const { counts } = await runDialList('id,name,phone\n1,A\n');
    expect(counts).toEqual({ input: 1, invalid: 1, duplicates: 0, blacklisted: 0, exported: 0 });
  });

  it('fails, and destroys the output, on a quoted field that never closes', async () => {
    const out = collector();
    const run = filterDialList(
      inputStream('phone,note\n13800138000,"open\n13900139000,x\n'),
      out.stream,
      { isBlacklisted: () => false },
    );
    await expect(run).rejects.toThrow(CsvFormatError);
    await expect(run).rejects.toThrow(/line 2 is never closed/);
    expect(out.stream.destroyed).toBe(true);
  });

  it('writes only the header for an empty list', async () => {
    const { output, counts } = await runDialList('phone,name\n');
    expect(output).toBe('phone,name\n');
    expect(counts.input).toBe(0);
  });
});
