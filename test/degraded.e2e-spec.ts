import { freePort } from './setup/redis-server.mjs';
import { ADMIN_TOKEN, bearer, startTestApp, type TestApp } from './helpers/test-app.js';

describe('start without Redis', () => {
  let t: TestApp;

  beforeAll(async () => {
    // A port nobody listens on: Redis is "down" from the first moment.
    t = await startTestApp({ REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
  });
  afterAll(() => t.close());

  it('starts, reports degraded, and serves what needs no Redis', async () => {
    const health = await t.http().get('/api/health').expect(200);
    expect(health.body).toMatchObject({ status: 'degraded', database: 'up', redis: 'down' });
    await t
      .http()
      .post('/api/agents')
      .set(bearer(ADMIN_TOKEN))
      .send({ code: 'R1', name: '坐席' })
      .expect(201);
    await t.http().get('/api/agents').set(bearer(ADMIN_TOKEN)).expect(200);
  });
});
