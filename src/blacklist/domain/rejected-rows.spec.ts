import { PassThrough } from 'node:stream';
import { RejectedRowsCsv } from './rejected-rows.js';

async function written(rows: [number, string, 'invalid' | 'duplicate' | 'blacklisted'][]) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const csv = new RejectedRowsCsv(out);
  for (const [line, value, reason] of rows) csv.add(line, value, reason);
  await csv.end();
  return Buffer.concat(chunks).toString('utf8');
}

describe('RejectedRowsCsv', () => {
  it('writes UTF-8 with a BOM, a header and one row per dropped line', async () => {
    expect(await written([[3, '138-0013-8000', 'duplicate']])).toBe(
      '\uFEFFline,value,reason\n3,138-0013-8000,duplicate\n',
    );
  });

  it('keeps Chinese text and quotes fields holding commas, quotes or line breaks', async () => {
    expect(await written([[2, '号码,未知', 'invalid']])).toContain('2,"号码,未知",invalid');
    expect(await written([[2, 'a"b', 'invalid']])).toContain('2,"a""b",invalid');
  });

  it('escapes what a spreadsheet would run as a formula', async () => {
    expect(await written([[5, '=1+1', 'invalid']])).toContain("5,'=1+1,invalid");
    expect(await written([[6, '@SUM(A1)', 'invalid']])).toContain("6,'@SUM(A1),invalid");
    expect(await written([[7, '+8613800138000', 'blacklisted']])).toContain('7,+8613800138000,');
  });
});
