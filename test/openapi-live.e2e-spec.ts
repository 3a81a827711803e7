import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedDevCatalogue } from './helpers/catalogue-seed.js';
import { liveFile, startClientApp, typeCheck } from './helpers/openapi-client.js';
import { sale } from './helpers/qa-calls.js';
import { ADMIN_TOKEN, bearer, type TestApp } from './helpers/test-app.js';

/** Real responses of real calls, compiled against the client generated from the document. */
describe('OpenAPI document as shipped: live bodies fit the typed client', () => {
  let t: TestApp;
  let dir: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ t, dir, close } = await startClientApp());
  });
  afterAll(() => close());

  it('types live responses of real calls: they fit the generated client exactly', async () => {
    await seedDevCatalogue(t);
    const admin = bearer(ADMIN_TOKEN);
    const agent = bearer(await t.tokenFor('agent', 'dialer'));
    const inspector = bearer(await t.tokenFor('inspector', 'inspector'));
    const call = sale('OAPI-1', { agentCode: 'A002', startedAt: '2026-11-10T14:35:00+08:00' });
    const created = await t.http().post('/api/calls').set(agent).send(call).expect(201);
    await t
      .http()
      .post('/api/blacklist')
      .set(admin)
      .send({ phone: '13800138000', reason: 'asked not to be called' })
      .expect(201);
    const upload = await t
      .http()
      .post('/api/dial-lists')
      .set(admin)
      .attach('file', Buffer.from('phone\n13800138000\n13900139000\nnot a phone\n'), 'l.csv')
      .expect(201);
    const run = await t
      .http()
      .post('/api/qa/sampling-runs')
      .set(admin)
      .send({ tier: 'daily', period: '2026-11-10' })
      .expect(201);
    const revised = await t
      .http()
      .post('/api/reports/weekly/2026-W46/revisions')
      .set(admin)
      .send({ reason: 'typed-client check' })
      .expect(201);
    const get = async (path: string, as = admin) =>
      (await t.http().get(path).set(as).expect(200)).body;
    // The queue while the item is open, then its review, so the call lists a review.
    const queue = await get('/api/qa/queue', inspector);
    const pass = { identity: 'pass', comprehension: 'pass', script: 'pass', consent: 'pass' };
    const review = await t
      .http()
      .post('/api/qa/reviews')
      .set(inspector)
      .send({ itemId: run.body.items[0].id, rules: pass, notes: 'typed-client check' })
      .expect(201);
    const bodies = [
      { name: 'review', path: '/api/qa/reviews', method: 'post', status: 201, body: review.body },
      { name: 'sale', path: '/api/calls', method: 'post', status: 201, body: created.body },
      {
        name: 'call',
        path: '/api/calls/{id}',
        method: 'get',
        status: 200,
        body: await get(`/api/calls/${created.body.id}`),
      },
      {
        name: 'blacklist',
        path: '/api/blacklist',
        method: 'get',
        status: 200,
        body: await get('/api/blacklist?phone=%2B86%20138%200013%208000'),
      },
      {
        name: 'dialUpload',
        path: '/api/dial-lists',
        method: 'post',
        status: 201,
        body: upload.body,
      },
      {
        name: 'dialList',
        path: '/api/dial-lists/{id}',
        method: 'get',
        status: 200,
        body: await get(`/api/dial-lists/${upload.body.id}`),
      },
      { name: 'run', path: '/api/qa/sampling-runs', method: 'post', status: 201, body: run.body },
      {
        name: 'verify',
        path: '/api/qa/sampling-runs/{id}/verify',
        method: 'get',
        status: 200,
        body: await get(`/api/qa/sampling-runs/${run.body.id}/verify`),
      },
      {
        name: 'runReport',
        path: '/api/qa/sampling-runs/{id}/report',
        method: 'get',
        status: 200,
        body: await get(`/api/qa/sampling-runs/${run.body.id}/report`),
      },
      {
        name: 'queue',
        path: '/api/qa/queue',
        method: 'get',
        status: 200,
        body: queue,
      },
      {
        name: 'population',
        path: '/api/qa/sampling-runs/{id}/population',
        method: 'get',
        status: 200,
        body: await get(`/api/qa/sampling-runs/${run.body.id}/population`),
      },
      {
        name: 'revision',
        path: '/api/reports/weekly/{week}/revisions',
        method: 'post',
        status: 201,
        body: revised.body,
      },
      {
        name: 'me',
        path: '/api/me',
        method: 'get',
        status: 200,
        body: await get('/api/me', inspector),
      },
      {
        name: 'weekly',
        path: '/api/reports/weekly',
        method: 'get',
        status: 200,
        body: await get('/api/reports/weekly?week=2026-W46'),
      },
      {
        name: 'health',
        path: '/api/health',
        method: 'get',
        status: 200,
        body: await get('/api/health'),
      },
      // The one error body, as the guard and the validation pipe write it.
      {
        name: 'unauthorized',
        path: '/api/users',
        method: 'get',
        status: 401,
        body: (await t.http().get('/api/users').expect(401)).body,
      },
      {
        name: 'forbidden',
        path: '/api/users',
        method: 'get',
        status: 403,
        body: (await t.http().get('/api/users').set(inspector).expect(403)).body,
      },
      {
        name: 'users',
        path: '/api/users',
        method: 'get',
        status: 200,
        body: await get('/api/users'),
      },
      {
        name: 'audit',
        path: '/api/audit',
        method: 'get',
        status: 200,
        body: await get('/api/audit'),
      },
    ];
    // The calls really happened: a sampled sale, a filtered list, a report that counts it.
    expect(run.body.items.length).toBeGreaterThan(0);
    expect(queue).toHaveLength(run.body.items.length);
    expect(bodies.find((b) => b.name === 'call')!.body.reviews).toHaveLength(1);
    expect(upload.body.counts).toMatchObject({ blacklisted: 1, invalid: 1, exported: 1 });
    expect(bodies.find((b) => b.name === 'weekly')!.body.sales).toBe(1);
    writeFileSync(join(dir, 'live.ts'), liveFile(bodies));
    expect(typeCheck(dir, 'live.ts')).toEqual([]);
  });
});
