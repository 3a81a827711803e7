import { ADMIN_TOKEN, bearer, startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * The bad input issue 14 found answered with a 500 (most of it on PostgreSQL),
 * one case each: every one is a 4xx whose message names the field. The
 * generated corpus over every route is test/acceptance/bad-input.acceptance-spec.ts.
 */
describe('bad input: a 4xx naming the field, never a 500', () => {
  let t: TestApp;
  const admin = bearer(ADMIN_TOKEN);
  const messageOf = (body: { message?: string | string[] }) =>
    [body.message ?? ''].flat().join('; ');

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses JSON nested thousands deep with a 400 on a JSON route', async () => {
    for (const body of [
      '['.repeat(5000) + ']'.repeat(5000),
      '{"a":'.repeat(5000) + '1' + '}'.repeat(5000),
    ]) {
      const res = await t
        .http()
        .post('/api/me/password')
        .set(admin)
        .set('Content-Type', 'application/json')
        .send(body);
      expect(res.status).toBe(400);
      expect(messageOf(res.body)).toMatch(/^body: JSON nested deeper than 32 levels/);
    }
    // Ordinary nesting (a call's transcript) is untouched by the limit.
    const ok = await t
      .http()
      .post('/api/compliance/evaluate')
      .set(admin)
      .send({ transcript: [{ speaker: 'agent', text: '[[{"a":[1]}]]' }] });
    expect(ok.status).not.toBe(500);
  });

  it('answers a malformed session cookie with 401', async () => {
    const res = await t.http().get('/api/calls').set('Cookie', 'qa_session=%E0%A4%A');
    expect(res.status).toBe(401);
  });

  it('names a null plan field instead of storing it', async () => {
    for (const [body, field] of [
      [{ daily: null }, 'daily'],
      [{ daily: { rate: null } }, 'daily.rate'],
      [{ recheck: { releaseAfterPasses: null } }, 'recheck.releaseAfterPasses'],
    ] as const) {
      const res = await t.http().put('/api/qa/plans').set(admin).send(body);
      expect(res.status).toBe(400);
      expect(messageOf(res.body)).toContain(field);
    }
    const plans = await t.http().get('/api/qa/plans').set(admin).expect(200);
    const { daily, weekly, recheck } = plans.body;
    expect(JSON.stringify({ daily, weekly, recheck })).not.toContain('null');
  });

  it('names rules when a review or an overturn leaves them out or sends []', async () => {
    for (const rules of [undefined, [], null, 'pass']) {
      const review = await t.http().post('/api/qa/reviews').set(admin).send({ itemId: 1, rules });
      expect(review.status).toBe(400);
      expect(messageOf(review.body)).toMatch(/^rules must be an object/);
      const overturn = await t
        .http()
        .post('/api/qa/reviews/1/overturn')
        .set(admin)
        .send({ rules, reason: '复核' });
      expect(overturn.status).toBe(400);
      expect(messageOf(overturn.body)).toMatch(/^rules must be an object/);
    }
  });

  it('refuses impossible dates and week 0000-W01, naming the parameter', async () => {
    for (const path of [
      '/api/calls',
      '/api/complaints',
      '/api/qa/calibration',
      '/api/qa/sampling-runs',
    ]) {
      for (const [query, field] of [
        ['from=2026-02-30', 'from'],
        ['to=2026-13-45', 'to'],
      ]) {
        const res = await t.http().get(`${path}?${query}`).set(admin);
        expect({ path, query, status: res.status }).toEqual({ path, query, status: 400 });
        expect(messageOf(res.body)).toContain(`${field} must be a real date`);
      }
    }
    const audit = await t.http().get('/api/audit?to=0000-W01').set(admin);
    expect(audit.status).toBe(400);
    expect(messageOf(audit.body)).toMatch(/^to must be an ISO-8601/);
    const week = await t.http().get('/api/reports/weekly?week=0000-W01').set(admin);
    expect(week.status).toBe(400);
    expect(messageOf(week.body)).toContain('week');
  });

  it('refuses a NUL in a body field, a query value and a path segment, naming each', async () => {
    const body = await t.http().post('/api/complaints').set(admin).send({ category: '\u0000' });
    expect(body.status).toBe(400);
    expect(messageOf(body.body)).toBe('category must not contain NUL characters');
    const nested = await t
      .http()
      .post('/api/compliance/evaluate')
      .set(admin)
      .send({ transcript: [{ speaker: 'agent', text: 'a\u0000b' }] });
    expect(messageOf(nested.body)).toBe('transcript.0.text must not contain NUL characters');
    const query = await t.http().get('/api/blacklist?phone=%00').set(admin);
    expect(query.status).toBe(400);
    expect(messageOf(query.body)).toBe('phone must not contain NUL characters');
    const path = await t.http().get('/api/products/a%00b').set(admin);
    expect(path.status).toBe(400);
    expect(messageOf(path.body)).toBe('code must not contain NUL characters');
  });

  it('refuses ids and cursors past 2^31 - 1 with a 400 naming them', async () => {
    for (const id of ['2147483648', '99999999999999']) {
      const res = await t.http().get(`/api/calls/${id}`).set(admin);
      expect(res.status).toBe(400);
      expect(messageOf(res.body)).toContain('id must be a positive integer up to 2147483647');
    }
    expect((await t.http().get('/api/calls/2147483647').set(admin)).status).toBe(404);
    for (const path of ['/api/calls', '/api/complaints', '/api/audit']) {
      const res = await t.http().get(`${path}?cursor=99999999999999999999`).set(admin);
      expect(res.status).toBe(400);
      expect(messageOf(res.body)).toContain('cursor must be at most 2147483647');
    }
    const body = await t
      .http()
      .put('/api/qa/items/1/assignee')
      .set(admin)
      .send({ userId: 2147483648 });
    expect(body.status).toBe(400);
    expect(messageOf(body.body)).toContain('userId must be at most 2147483647');
  });

  it('audits a refused request with a 3,000-character path segment, cut to its columns', async () => {
    const code = 'p'.repeat(3000);
    const res = await t.http().post(`/api/products/${code}/scripts/v1/approve`).set(admin);
    expect(res.status).toBe(404);
    const audit = await t.http().get('/api/audit?limit=1').set(admin).expect(200);
    const [entry] = audit.body.items;
    expect(entry).toMatchObject({ statusCode: 404, entityId: 'p'.repeat(128) });
    expect(entry.path.length).toBe(255);
  });

  it('refuses a 1,000,000-character blacklist reason naming reason', async () => {
    const res = await t
      .http()
      .post('/api/blacklist')
      .set(admin)
      .send({ phone: '13512345678', reason: 'r'.repeat(1_000_000) });
    expect(res.status).toBe(400);
    expect(messageOf(res.body)).toContain('reason must be shorter than or equal to 500 characters');
  });
});
