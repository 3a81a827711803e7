import { DataSource } from 'typeorm';
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

  it('answers the queue board at once: its page loads, its API is a 503 REDIS_UNAVAILABLE', async () => {
    const admin = bearer(ADMIN_TOKEN);
    await t.http().get('/admin/queues').set(admin).expect(200);
    const board = await t.http().get('/admin/queues/api/queues').set(admin).expect(503);
    expect(board.body).toMatchObject({ statusCode: 503, code: 'REDIS_UNAVAILABLE' });
    const api = await t.http().get('/api/admin/queues/confirmations/failed').set(admin).expect(503);
    expect(api.body.code).toBe('REDIS_UNAVAILABLE');
  });
});

describe('health when the database does not answer', () => {
  it('is a 503 naming the database', async () => {
    const t = await startTestApp();
    try {
      await t.http().get('/api/health').expect(200);
      await t.app.get(DataSource).destroy();
      const health = await t.http().get('/api/health').expect(503);
      expect(health.body).toMatchObject({ statusCode: 503, code: 'DATABASE_UNAVAILABLE' });
      expect(health.body.message).toMatch(/^database: /);
    } finally {
      await t.close();
    }
  });
});
