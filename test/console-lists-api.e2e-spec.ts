import { bearer, startTestApp, type TestApp } from './helpers/test-app.js';

type Headers = Record<string, string>;

/** Line 2 blacklisted by then, 4 a repeat in another spelling, 5 no number, 6 a formula. */
const LIST = [
  'phone,name',
  '+86 138 0013 8000,甲',
  '13900139000,乙',
  '139-0013-9000,乙（重复）',
  '12345,无效',
  '=HYPERLINK("x"),公式',
  '0086-13700137000,丙',
].join('\n');

/** The API behind the console's lists: blacklist browsing, dial-list history and rejected rows. */
describe('list routes: blacklist browse, dial-list history, rejected rows', () => {
  let t: TestApp;
  let manager: Headers;
  let inspector: Headers;

  beforeAll(async () => {
    t = await startTestApp();
    manager = bearer(await t.tokenFor('campaign_manager', '营销经理 赵磊'));
    inspector = bearer(await t.tokenFor('inspector', '质检员'));
    for (const [phone, reason] of [
      ['+86 138 0013 8000', '严重投诉'],
      ['13600136000', '多次投诉'],
      ['010-6552 9988', '运营商名单'],
    ])
      await t.http().post('/api/blacklist').set(manager).send({ phone, reason }).expect(201);
  });
  afterAll(() => t.close());

  const browse = (query: string, who = manager) =>
    t.http().get(`/api/blacklist/entries${query}`).set(who);

  it('pages the active blacklist newest first, as the API spells the numbers', async () => {
    const all = await browse('').expect(200);
    expect(all.body).toMatchObject({ total: 3, offset: 0, limit: 50 });
    expect(all.body.items.map((i: { phone: string }) => i.phone)).toEqual([
      '+861065529988',
      '13600136000',
      '13800138000',
    ]);
    const second = await browse('?limit=1&offset=1').expect(200);
    expect(second.body).toMatchObject({ total: 3, items: [{ phone: '13600136000' }] });
  });

  it('searches in any spelling, or by some of the digits', async () => {
    for (const spelling of ['0086-13800138000', '138-0013-8000', '+86 138 0013 8000'])
      expect((await browse(`?search=${encodeURIComponent(spelling)}`)).body.items).toEqual([
        expect.objectContaining({ phone: '13800138000', reason: '严重投诉', source: 'manual' }),
      ]);
    expect((await browse('?search=00138')).body.total).toBe(1);
    expect((await browse('?search=00')).body.total).toBe(2);
    expect((await browse('?search=%25')).body.message).toEqual(expect.stringContaining('search'));
  });

  it('refuses bad paging and other roles', async () => {
    await browse('?limit=201').expect(400);
    await browse('?offset=-1').expect(400);
    await browse('?search=' + '1'.repeat(41)).expect(400);
    await browse('', inspector).expect(403);
  });

  it('keeps an upload history with who, when, file name and counts', async () => {
    const up = await t
      .http()
      .post('/api/dial-lists')
      .set(manager)
      .attach('file', Buffer.from(LIST), '十二月活动.csv')
      .expect(201);
    expect(up.body).toMatchObject({
      status: 'ready',
      counts: { input: 6, invalid: 2, duplicates: 1, blacklisted: 1, exported: 2 },
      uploadedBy: { name: '营销经理 赵磊' },
      rejectedRows: true,
    });
    const history = await t.http().get('/api/dial-lists?limit=5').set(manager).expect(200);
    expect(history.body).toMatchObject({ total: 1, limit: 5, offset: 0 });
    expect(history.body.items[0]).toMatchObject({ id: up.body.id, filename: '十二月活动.csv' });
    await t.http().get('/api/dial-lists?limit=0').set(manager).expect(400);
    await t.http().get('/api/dial-lists').set(inspector).expect(403);
  });

  it('downloads the rejected rows with line, value and reason, formulas escaped', async () => {
    const [{ id }] = (await t.http().get('/api/dial-lists').set(manager)).body.items;
    const res = await t.http().get(`/api/dial-lists/${id}/rejected`).set(manager).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toContain(`dial-list-${id}-rejected.csv`);
    expect(
      res.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\n'),
    ).toEqual([
      'line,value,reason',
      // A leading + with spaces could be read as a formula: quoted like every other export.
      "2,'+86 138 0013 8000,blacklisted",
      '4,139-0013-9000,duplicate',
      '5,12345,invalid',
      `6,"'=HYPERLINK(""x"")",invalid`,
    ]);
    await t.http().get('/api/dial-lists/999999/rejected').set(manager).expect(404);
    await t.http().get('/api/dial-lists/abc/rejected').set(manager).expect(400);
    await t.http().get(`/api/dial-lists/${id}/rejected`).set(inspector).expect(403);
  });
});
