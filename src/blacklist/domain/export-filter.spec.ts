import { runDialList, runExport } from './test-support/run-filters.js';

describe('filterExport', () => {
  const processed =
    'id,phone,name\r\n1,13800138000,A\r\n2,+85291234567,B\r\n3,13900139000,"C, D"\r\n';

  it('passes everything through when nothing was blacklisted since the upload', async () => {
    const { exported, output } = await runExport(processed);
    expect(exported).toBe(3);
    expect(output).toBe(processed);
  });

  it('drops numbers blacklisted after the upload, in any spelling', async () => {
    const { exported, output } = await runExport(processed, [
      '+86 139-0013-9000',
      '+852 9123 4567',
    ]);
    expect(exported).toBe(1);
    expect(output).toBe('id,phone,name\r\n1,13800138000,A\r\n');
  });

  it('drops rows whose phone cannot be checked', async () => {
    const { exported, output } = await runExport('phone\n13800138000\ngarbage\n\n');
    expect(exported).toBe(1);
    expect(output).toBe('phone\n13800138000\n');
  });

  it('re-normalises an unprocessed list rather than trusting it', async () => {
    const { exported, output } = await runExport('\uFEFFphone\n"(+86) 138 0013 8000"\n', [
      '13800138000',
    ]);
    expect(exported).toBe(0);
    expect(output).toBe('\uFEFFphone\n');
  });

  it('accepts the upload filter output as its input', async () => {
    const upload = await runDialList(
      '手机号,备注\n+86 138 0013 8000,"多行\n备注"\n13900139000,x\n',
    );
    const { exported, output } = await runExport(upload.output, ['13900139000']);
    expect(exported).toBe(1);
    expect(output).toBe('手机号,备注\n13800138000,"多行\n备注"\n');
  });
});
