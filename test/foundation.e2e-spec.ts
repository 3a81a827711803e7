import { PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PUBLIC_KEY, ROLES_KEY } from '../src/common/access/decorators.js';
import { ADMIN_TOKEN, bearer, startTestApp, type TestApp } from './helpers/test-app.js';

describe('foundation: auth, roles, errors, audit, health', () => {
  let t: TestApp;
  const admin = bearer(ADMIN_TOKEN);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('serves health without a token', async () => {
    const res = await t.http().get('/api/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', database: 'up', redis: 'up' });
    expect(res.body.queues).toBeDefined();
  });

  it('serves the OpenAPI document built from the DTOs', async () => {
    const res = await t.http().get('/api/docs-json').expect(200);
    expect(res.body.paths['/api/agents']).toBeDefined();
    expect(res.body.components.schemas.CreateProductDto.properties.monthlyFeeCents).toBeDefined();
  });

  it('rejects a missing or unknown token with 401', async () => {
    await t.http().get('/api/agents').expect(401);
    const res = await t.http().get('/api/agents').set(bearer('qat_not-a-real-token')).expect(401);
    expect(res.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
  });

  it('creates users whose token is shown once and stored hashed', async () => {
    const res = await t
      .http()
      .post('/api/users')
      .set(admin)
      .send({ name: '质检员小王', role: 'inspector' })
      .expect(201);
    expect(res.body).toMatchObject({ name: '质检员小王', role: 'inspector' });
    expect(res.body.token).toMatch(/^qat_/);
    const list = await t.http().get('/api/users').set(admin).expect(200);
    expect(JSON.stringify(list.body)).not.toContain(res.body.token);
    const me = await t.http().get('/api/me').set(bearer(res.body.token)).expect(200);
    expect(me.body.role).toBe('inspector');
  });

  it('answers 403 for the wrong role', async () => {
    const inspector = await t.tokenFor('inspector');
    const res = await t
      .http()
      .post('/api/users')
      .set(bearer(inspector))
      .send({ name: 'x', role: 'admin' })
      .expect(403);
    expect(res.body.message).toContain('inspector');
    await t.http().get('/api/audit').set(bearer(inspector)).expect(403);
    const auditor = await t.tokenFor('auditor');
    await t.http().get('/api/audit').set(bearer(auditor)).expect(200);
  });

  it('puts every route behind a role unless it is explicitly public', async () => {
    const discovery = t.app.get(DiscoveryService);
    const scanner = t.app.get(MetadataScanner);
    const reflector = t.app.get(Reflector);
    const unguarded: string[] = [];
    for (const wrapper of discovery.getControllers()) {
      const proto = Object.getPrototypeOf(wrapper.instance);
      for (const name of scanner.getAllMethodNames(proto)) {
        if (Reflect.getMetadata(PATH_METADATA, proto[name]) === undefined) continue; // not a route
        const targets = [proto[name], wrapper.metatype as object];
        const roles = reflector.getAllAndOverride<string[]>(ROLES_KEY, targets as never);
        const isPublic = reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets as never);
        if (!roles?.length && !isPublic) unguarded.push(`${wrapper.name}.${name}`);
      }
    }
    expect(unguarded).toEqual([]);
  });

  describe('bad input gets a 4xx naming the problem', () => {
    it('malformed JSON', async () => {
      const res = await t
        .http()
        .post('/api/agents')
        .set(admin)
        .set('Content-Type', 'application/json')
        .send('{"code": "A1",')
        .expect(400);
      expect(res.body.message).toMatch(/Malformed JSON/);
    });

    it('unknown field', async () => {
      const res = await t
        .http()
        .post('/api/agents')
        .set(admin)
        .send({ code: 'A1', name: 'x', colour: 'red' })
        .expect(400);
      expect(res.body.message.join()).toContain('colour');
    });

    it('wrong type', async () => {
      const res = await t
        .http()
        .post('/api/products')
        .set(admin)
        .send({
          code: 'P1',
          name: 'x',
          monthlyFeeCents: '10元',
          trialDays: null,
          cancelMethod: 'TD',
        })
        .expect(400);
      expect(res.body.message.join()).toContain('monthlyFeeCents');
    });

    it('body over the JSON limit', async () => {
      const res = await t
        .http()
        .post('/api/agents')
        .set(admin)
        .send({ code: 'A1', name: 'x'.repeat(1_100_000) })
        .expect(413);
      expect(res.body.message).toMatch(/limit/);
    });

    it('bad query parameter', async () => {
      const res = await t.http().get('/api/audit?limit=abc').set(admin).expect(400);
      expect(res.body.message.join()).toContain('limit');
    });
  });

  it('writes one audit row per change with actor, action, entity, id and request id', async () => {
    const res = await t
      .http()
      .post('/api/agents')
      .set(admin)
      .set('x-request-id', 'req-audit-1')
      .send({ code: 'AUD1', name: '审计坐席' })
      .expect(201);
    const audit = await t.http().get('/api/audit?entity=agent').set(admin).expect(200);
    const rows = audit.body.items.filter(
      (r: { requestId: string }) => r.requestId === 'req-audit-1',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'agent.create',
      entity: 'agent',
      entityId: String(res.body.id),
      actorRole: 'admin',
      statusCode: 201,
    });
    expect(new Date(rows[0].at).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });
});
