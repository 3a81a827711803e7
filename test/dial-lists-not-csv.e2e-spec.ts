import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bearer, startTestApp, type TestApp } from './helpers/test-app.js';

/** The first bytes of a PNG: what a mis-picked screenshot looks like to the upload. */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49]);

describe('dial lists: an upload that is not CSV is refused', () => {
  let t: TestApp;
  let manager: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    manager = bearer(await t.tokenFor('campaign_manager', '营销经理'));
  });
  afterAll(() => t.close());

  const upload = (body: Buffer, name: string) =>
    t.http().post('/api/dial-lists').set(manager).attach('file', body, name);

  it.each([
    ['a note saved as .txt', Buffer.from('请明天上午拨打以下客户\n13800138000\n'), 'list.txt'],
    ['a picture', PNG, 'list.csv'],
  ])('refuses %s with a 400 naming file, and keeps nothing of it', async (_, body, name) => {
    const stored = () => readdirSync(join(t.dataDir, 'dial-lists', 'uploads')).length;
    const before = stored();
    const res = await upload(body, name).expect(400);
    expect(res.body.code).toBe('NOT_CSV');
    expect(res.body.message).toMatch(/^file: not a CSV dial list/);
    expect(stored()).toBe(before);
  });

  it('still accepts a CSV named .txt, and a header-less list of numbers', async () => {
    const csv = await upload(Buffer.from('phone,name\n13800138000,甲\n'), 'list.txt').expect(201);
    expect(csv.body.counts).toMatchObject({ input: 1, exported: 1 });
    const bare = await upload(Buffer.from('13800138000\n13900139000\n'), 'numbers.txt').expect(201);
    expect(bare.body.counts).toMatchObject({ input: 2, exported: 2 });
  });
});
