import { seedDevCatalogue } from './helpers/catalogue-seed.js';
import { ADMIN_TOKEN, bearer, startTestApp, type TestApp } from './helpers/test-app.js';

interface Family {
  id: string;
  kind: string;
  label: string;
  patterns: string[];
}

const CUSTOM = {
  id: 'taboo.custom',
  kind: 'taboo',
  label: '本中心禁语',
  patterns: ['爱买不买'],
  negatable: true,
};

describe('service language: the phrase list an admin edits', () => {
  let t: TestApp;
  let inspector: Record<string, string>;
  const admin = bearer(ADMIN_TOKEN);

  beforeAll(async () => {
    t = await startTestApp();
    await seedDevCatalogue(t);
    inspector = bearer(await t.tokenFor('inspector'));
  });
  afterAll(() => t.close());

  const put = (who: Record<string, string>, body: string | object) =>
    t.http().put('/api/service-language/phrases').set(who).send(body);

  it('starts with the default list, which only an admin may replace', async () => {
    const got = await t.http().get('/api/service-language/phrases').set(inspector).expect(200);
    expect(got.body).toMatchObject({ revision: 0, updatedBy: null, updatedAt: null });
    const ids = got.body.phrases.families.map((f: Family) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['greeting.hello', 'taboo.shirking']));
    await put(inspector, got.body.phrases).expect(403);
  });

  it('refuses a bad list naming the field, and keeps the list in force', async () => {
    const { body } = await t.http().get('/api/service-language/phrases').set(admin).expect(200);
    const families = [...body.phrases.families, { ...CUSTOM, patterns: ['[你您'] }];
    const res = await put(admin, { families }).expect(400);
    expect(res.body.message).toContain(`families.${families.length - 1}.patterns.0`);
    const noGreeting = body.phrases.families.filter((f: Family) => f.kind !== 'greeting');
    const res2 = await put(admin, { families: noGreeting }).expect(400);
    expect(res2.body.message).toContain('"greeting"');
    await put(admin, { families: 'none' }).expect(400);
    const after = await t.http().get('/api/service-language/phrases').set(admin).expect(200);
    expect(after.body.revision).toBe(0);
  });

  it('saves an edit (audited) that the next call is judged on', async () => {
    const { body } = await t.http().get('/api/service-language/phrases').set(admin).expect(200);
    const saved = await put(admin, { families: [...body.phrases.families, CUSTOM] }).expect(200);
    expect(saved.body.revision).toBeGreaterThan(0);
    expect(saved.body.updatedBy).toEqual(expect.any(Number));
    const got = await t.http().get('/api/service-language/phrases').set(inspector).expect(200);
    expect(got.body).toEqual(saved.body);

    const dry = await t
      .http()
      .post('/api/compliance/evaluate')
      .set(inspector)
      .send({
        productCode: 'MUSIC10',
        scriptVersion: 'v3',
        purpose: 'marketing',
        startedAt: '2026-11-10T10:12:00+08:00',
        transcript: [
          { speaker: 'agent', startMs: 0, endMs: 3000, text: '您好，请问您是机主吗？' },
          { speaker: 'customer', startMs: 3500, endMs: 4500, text: '我再想想。' },
          { speaker: 'agent', startMs: 5000, endMs: 7000, text: '爱买不买，再见。' },
        ],
      })
      .expect(200);
    expect(dry.body.serviceLanguage.findings).toEqual([
      expect.objectContaining({ kind: 'taboo', segment: 2, family: 'taboo.custom' }),
    ]);

    const audit = await t
      .http()
      .get('/api/audit?action=service_language.phrases_replace')
      .set(admin)
      .expect(200);
    // Refused attempts are logged too; the guard answers a wrong role before the audit sees it.
    expect(audit.body.items.map((e: { statusCode: number }) => e.statusCode).sort()).toEqual([
      200, 400, 400, 400,
    ]);
  });
});
