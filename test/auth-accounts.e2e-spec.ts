import {
  type Account,
  ADMIN_TOKEN,
  bearer,
  CONSOLE_FORM,
  startTestApp,
  type TestApp,
} from './helpers/test-app.js';

const signIn = (t: TestApp, { username, password }: Pick<Account, 'username' | 'password'>) =>
  t.http().post('/console/session').set(CONSOLE_FORM).send({ username, password });

describe('accounts: passwords, server-side sessions, API tokens', () => {
  let t: TestApp;
  let inspector: Account;

  beforeAll(async () => {
    t = await startTestApp({ QA_SCHEDULER: 'off', SIGN_IN_PER_MINUTE: '100' });
    inspector = await t.accountFor('inspector', '质检员 张伟');
  });
  afterAll(() => t.close());

  it('stores no password or token in clear and shows a token once', async () => {
    await t.http().get('/api/me').set(bearer(inspector.token)).expect(200);
    const users = await t.http().get('/api/users').set(bearer(ADMIN_TOKEN)).expect(200);
    const text = JSON.stringify(users.body);
    expect(text).not.toContain(inspector.password);
    expect(text).not.toContain(inspector.token);
    expect(users.body.find((u: { id: number }) => u.id === inspector.id)).toMatchObject({
      username: inspector.username,
      hasPassword: true,
    });
    const tokens = await t
      .http()
      .get(`/api/users/${inspector.id}/tokens`)
      .set(bearer(ADMIN_TOKEN))
      .expect(200);
    expect(JSON.stringify(tokens.body)).not.toContain(inspector.token);
    expect(tokens.body[0]).toMatchObject({ name: 'tests', revokedAt: null });
    expect(tokens.body[0].lastUsedAt).not.toBeNull();
  });

  it('revokes a token for good', async () => {
    const made = await t
      .http()
      .post(`/api/users/${inspector.id}/tokens`)
      .set(bearer(ADMIN_TOKEN))
      .send({ name: 'importer' })
      .expect(201);
    await t.http().get('/api/me').set(bearer(made.body.token)).expect(200);
    await t.http().delete(`/api/tokens/${made.body.id}`).set(bearer(ADMIN_TOKEN)).expect(200);
    await t.http().get('/api/me').set(bearer(made.body.token)).expect(401);
    await t
      .http()
      .post(`/api/users/${inspector.id}/tokens`)
      .set(bearer(inspector.token))
      .expect(403);
  });

  it('lists and revokes one own session', async () => {
    const a = await t.sessionFor(inspector);
    const b = await t.sessionFor(inspector);
    const list = await t.http().get('/api/me/sessions').set('Cookie', a).expect(200);
    expect(list.body.length).toBeGreaterThanOrEqual(2);
    const current = list.body.find((s: { current: boolean }) => s.current);
    const other = list.body.find((s: { current: boolean }) => !s.current);
    expect(current).toMatchObject({ method: 'password' });
    expect(JSON.stringify(list.body)).not.toMatch(/idHash|qa_session/);
    await t
      .http()
      .delete(`/api/me/sessions/${other.id}`)
      .set('Cookie', a)
      .set(CONSOLE_FORM)
      .expect(200);
    await t.http().get('/api/me').set('Cookie', b).expect(401);
    await t.http().get('/api/me').set('Cookie', a).expect(200);
  });

  it('ends every session on a password change; the old password stops working', async () => {
    const person = await t.accountFor('supervisor', '主管 陈');
    const a = await t.sessionFor(person);
    const b = await t.sessionFor(person);
    const change = (currentPassword: string) =>
      t
        .http()
        .post('/api/me/password')
        .set('Cookie', a)
        .set(CONSOLE_FORM)
        .send({ currentPassword, newPassword: 'a-new-long-password' });
    await change('not-the-password').expect(403);
    const ok = await change(person.password).expect(200);
    expect(ok.body.sessionsEnded).toBe(2);
    await t.http().get('/api/me').set('Cookie', a).expect(401);
    await t.http().get('/api/me').set('Cookie', b).expect(401);
    await signIn(t, person).expect(401);
    await signIn(t, { ...person, password: 'a-new-long-password' }).expect(200);
    // The machine token is not a session: it keeps working.
    await t.http().get('/api/me').set(bearer(person.token)).expect(200);
  });

  it('lets an admin reset a password, ending the sessions, all audited', async () => {
    const person = await t.accountFor('auditor', '审计 周');
    const s = await t.sessionFor(person);
    await t
      .http()
      .post(`/api/users/${person.id}/password`)
      .set(bearer(ADMIN_TOKEN))
      .send({ newPassword: 'short' })
      .expect(400);
    await t
      .http()
      .post(`/api/users/${person.id}/password`)
      .set(bearer(ADMIN_TOKEN))
      .send({ newPassword: 'reset-by-the-admin' })
      .expect(200);
    await t.http().get('/api/me').set('Cookie', s).expect(401);
    const audit = await t.http().get('/api/audit?entity=user').set(bearer(ADMIN_TOKEN)).expect(200);
    const actions = audit.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'user.create',
        'token.create',
        'console.sign_in',
        'user.password_change',
        'user.password_reset',
      ]),
    );
  });

  it('sets helmet security headers on API answers as well as pages', async () => {
    const res = await t.http().get('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
