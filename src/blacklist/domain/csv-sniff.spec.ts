import { notCsvReason } from './csv-sniff.js';

const sniff = (text: string | Buffer) =>
  notCsvReason(Buffer.isBuffer(text) ? text : Buffer.from(text));

describe('notCsvReason: telling a dial list from another file', () => {
  it('accepts a comma-separated header, a lone phone column name and a header-less list', () => {
    expect(sniff('phone,name\n13800138000,甲\n')).toBeNull();
    expect(sniff('\uFEFF\r\n手机号,备注\r\n')).toBeNull();
    expect(sniff('phone\n13800138000\n')).toBeNull();
    expect(sniff('+86 138 0013 8000\n13900139000\n')).toBeNull();
    expect(sniff('')).toBeNull();
  });

  it('refuses text whose first line is no header, naming the file field', () => {
    expect(sniff('客户名单，请尽快拨打\n13800138000\n')).toMatch(/^file: not a CSV dial list/);
    expect(sniff('call these numbers today\n')).toMatch(/^file: .*first line/);
  });

  it('refuses a binary file, even one with commas', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x2c]);
    expect(sniff(png)).toBe('file: not a CSV dial list: it is a binary file');
    expect(sniff(Buffer.from('phone,name\n\u0000\u0001'))).toMatch(/binary/);
  });
});
