import { formulaSafeRecord } from './csv-formulas.js';
import { runDialList, runExport } from './test-support/run-filters.js';

describe('formulaSafeRecord', () => {
  it.each([
    ['=HYPERLINK("http://x","点我")', `'=HYPERLINK("http://x","点我")`],
    ['1,+1+1,x', "1,'+1+1,x"],
    ['1,-2,@SUM(A1)', "1,'-2,'@SUM(A1)"],
    ['a,"=cmd|\' /C calc\'!A0",b', "a,\"'=cmd|' /C calc'!A0\",b"],
    ['a,"\tx",b', 'a,"\'\tx",b'],
    ['a,"=多行\n备注",b', 'a,"\'=多行\n备注",b'],
  ])('escapes %j', (raw, safe) => expect(formulaSafeRecord(raw)).toBe(safe));

  it.each([
    'name,phone,city',
    '李四,13800000001,"上海, 浦东"',
    // E.164 numbers stay dialable: '+' and digits alone are no formula.
    'x,+85291234567,y',
    // Already escaped (the export re-reads the upload's output): not escaped twice.
    "x,'=1+1,y",
    'a,"x,=y",b',
    'a,b=c,d-e',
    '',
  ])('leaves %j alone', (raw) => expect(formulaSafeRecord(raw)).toBe(raw));

  it('works on the raw bytes of a GBK file', () => {
    const gbk = Buffer.concat([Buffer.from([0xd5, 0xc5, 0xc8, 0xfd]), Buffer.from(',=1+1')]);
    const safe = Buffer.from(formulaSafeRecord(gbk.toString('latin1')), 'latin1');
    expect(new TextDecoder('gbk').decode(safe)).toBe("张三,'=1+1");
  });
});

describe('dial lists are spreadsheet-safe', () => {
  const upload = [
    'name,phone,note',
    '"=HYPERLINK(""http://evil"",""张三"")",+86 138 0013 8000,@SUM(1+1)',
    '李四,+852 9123 4567,-5',
    '"=1+1",13900139000,ok',
  ].join('\n');

  it('escapes formulas in every column of the upload filter output, phones untouched', async () => {
    const { output, counts } = await runDialList(upload);
    expect(counts.exported).toBe(3);
    expect(output.split('\n')).toEqual([
      'name,phone,note',
      `"'=HYPERLINK(""http://evil"",""张三"")",13800138000,'@SUM(1+1)`,
      "李四,+85291234567,'-5",
      `"'=1+1",13900139000,ok`,
      '',
    ]);
  });

  it('escapes in the export of an unescaped list too, once only', async () => {
    const { output } = await runExport(upload);
    const again = await runExport(output);
    expect(again.output).toBe(output);
    expect(output).toContain(`'=HYPERLINK`);
    expect(output).toContain(',+85291234567,');
  });
});
