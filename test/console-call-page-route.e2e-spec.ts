import { seedDevCatalogue } from './helpers/catalogue-seed.js';
import { sale } from './helpers/qa-calls.js';
import { bearer, startTestApp, type TestApp } from './helpers/test-app.js';

/** The call page's frame, by id or externalId, on both dialects (the browser suite runs on SQLite). */
describe('console call page route: /console/calls/{id or externalId}', () => {
  let t: TestApp;
  let auditor: Record<string, string>;
  let id: number;
  let digitsId: number;
  const page = (ref: string, who = auditor) => t.http().get(`/console/calls/${ref}`).set(who);
  const callIdOf = (html: string) => Number(/data-call-id="(\d+)"/.exec(html)?.[1]);

  beforeAll(async () => {
    t = await startTestApp({ QA_SCHEDULER: 'off' });
    await seedDevCatalogue(t);
    const agent = bearer(await t.tokenFor('agent', 'dialer'));
    auditor = bearer(await t.tokenFor('auditor', 'auditor'));
    const post = async (externalId: string) =>
      (
        await t
          .http()
          .post('/api/calls')
          .set(agent)
          .send(sale(externalId, { agentCode: 'A001', startedAt: '2026-10-05T10:00:00+08:00' }))
          .expect(201)
      ).body.id as number;
    id = await post('FX-0029');
    // An all-digit externalId that is no call's id still finds its call.
    digitsId = await post('880000123');
  });
  afterAll(() => t?.close());

  it('opens the same call by its id and by its externalId', async () => {
    const byId = await page(String(id)).expect(200);
    expect(byId.headers['content-type']).toMatch(/^text\/html/);
    expect(callIdOf(byId.text)).toBe(id);
    expect(callIdOf((await page('FX-0029').expect(200)).text)).toBe(id);
    expect(callIdOf((await page('880000123').expect(200)).text)).toBe(digitsId);
  });

  it('answers an unknown or impossible reference with a 404 page in Chinese', async () => {
    for (const ref of ['FX-9999', '2147483648', '99999999999', encodeURIComponent('<b>x</b>')]) {
      const res = await page(ref).expect(404);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.text).toContain('找不到通话');
      expect(res.text).not.toContain('<b>x</b>');
    }
  });

  it('is refused to the roles that may not read calls', async () => {
    const agent = bearer(await t.tokenFor('agent', 'another dialer'));
    const res = await page(String(id), agent).expect(403);
    expect(res.text).toContain('不能打开此页面');
  });
});
