import { ADMIN_TOKEN, bearer, startTestApp, type TestApp } from './helpers/test-app.js';

const MUSIC = {
  code: 'MUSIC10',
  name: '咪咕音乐白金会员',
  monthlyFeeCents: 1000,
  trialDays: 30,
  cancelMethod: '编辑短信TD发送到10658888，或拨打10086',
};
const SCRIPT = [
  '[greeting] 您好，我是中国移动合作服务中心的客服代表。',
  '[identity] 请问您是这个号码的机主本人吗？',
  '[features] 畅听千万首正版无损音乐。',
  '[usage] 登录咪咕音乐客户端即可使用。',
  '[price] 资费是每月{price}。',
  '[trial_end] 体验期到{trialEnd}结束。',
  '[cancel_method] 可以{cancelMethod}取消。',
].join('\n');

describe('catalogue: agents, products, versioned scripts', () => {
  let t: TestApp;
  const admin = bearer(ADMIN_TOKEN);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('creates and lists agents; a duplicate code is a 409', async () => {
    await t
      .http()
      .post('/api/agents')
      .set(admin)
      .send({ code: 'A001', name: '李娜', team: 'T1' })
      .expect(201);
    await t.http().post('/api/agents').set(admin).send({ code: 'A001', name: '别人' }).expect(409);
    const inspector = await t.tokenFor('inspector');
    const list = await t.http().get('/api/agents').set(bearer(inspector)).expect(200);
    expect(list.body).toEqual([
      expect.objectContaining({ code: 'A001', name: '李娜', team: 'T1' }),
    ]);
    await t
      .http()
      .post('/api/agents')
      .set(bearer(inspector))
      .send({ code: 'A9', name: 'x' })
      .expect(403);
  });

  it('creates products with the fee in cents and trial days or none', async () => {
    const res = await t.http().post('/api/products').set(admin).send(MUSIC).expect(201);
    expect(res.body).toMatchObject({ code: 'MUSIC10', monthlyFeeCents: 1000, trialDays: 30 });
    await t
      .http()
      .post('/api/products')
      .set(admin)
      .send({ ...MUSIC, code: 'FLOW20', trialDays: null, monthlyFeeCents: 2000 })
      .expect(201);
    const bad = await t
      .http()
      .post('/api/products')
      .set(admin)
      .send({ ...MUSIC, code: 'X', trialDays: 0 })
      .expect(400);
    expect(bad.body.message.join()).toContain('trialDays');
  });

  it('rejects a script with an unknown section or a missing required one, naming it', async () => {
    const unknown = await t
      .http()
      .post('/api/products/MUSIC10/scripts')
      .set(admin)
      .send({ version: 'v1', purpose: 'marketing', text: SCRIPT + '\n[jokes] 讲个笑话' })
      .expect(400);
    expect(unknown.body.message).toContain('jokes');
    const missing = await t
      .http()
      .post('/api/products/MUSIC10/scripts')
      .set(admin)
      .send({ version: 'v1', purpose: 'marketing', text: SCRIPT.replace(/\[trial_end\].*\n/, '') })
      .expect(400);
    expect(missing.body.message).toContain('trial_end');
    // A product without a trial does not need trial_end.
    await t
      .http()
      .post('/api/products/FLOW20/scripts')
      .set(admin)
      .send({ version: 'v1', purpose: 'marketing', text: SCRIPT.replace(/\[trial_end\].*\n/, '') })
      .expect(201);
  });

  it('keeps drafts until approved; approving supersedes the previous version', async () => {
    const draft = await t
      .http()
      .post('/api/products/MUSIC10/scripts')
      .set(admin)
      .send({ version: 'v1', purpose: 'marketing', text: SCRIPT })
      .expect(201);
    expect(draft.body).toMatchObject({ status: 'draft', approvedAt: null });
    expect(draft.body.sections.price).toBe('资费是每月{price}。');

    const v1 = await t
      .http()
      .post('/api/products/MUSIC10/scripts/v1/approve')
      .set(admin)
      .expect(200);
    expect(v1.body).toMatchObject({ status: 'approved', approvedBy: 'admin (ADMIN_API_TOKEN)' });
    await t
      .http()
      .post('/api/products/MUSIC10/scripts')
      .set(admin)
      .send({ version: 'v1', purpose: 'marketing', text: SCRIPT + '\n[closing] 再见' })
      .expect(409);

    await t
      .http()
      .post('/api/products/MUSIC10/scripts')
      .set(admin)
      .send({ version: 'v2', purpose: 'marketing', text: SCRIPT })
      .expect(201);
    await t.http().post('/api/products/MUSIC10/scripts/v2/approve').set(admin).expect(200);
    const list = await t.http().get('/api/products/MUSIC10/scripts').set(admin).expect(200);
    const byVersion = Object.fromEntries(
      list.body.map((s: { version: string; status: string }) => [s.version, s.status]),
    );
    expect(byVersion).toEqual({ v1: 'superseded', v2: 'approved' });
  });

  it('answers 404 for an unknown product', async () => {
    const res = await t.http().post('/api/products/NOPE/scripts/v1/approve').set(admin).expect(404);
    expect(res.body.message).toContain('NOPE');
  });
});
