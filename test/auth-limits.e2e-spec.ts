import {
  ADMIN_TOKEN,
  bearer,
  CONSOLE_FORM,
  startTestApp,
  type TestApp,
} from './helpers/test-app.js';

/** Two api processes of one deployment: same database, same Redis. */
describe('rate limits on guessing, shared by every process of a deployment', () => {
  let a: TestApp;
  let b: TestApp;
  const limits = {
    AUTH_FAILURES_PER_ADDRESS: '3',
    SIGN_IN_PER_MINUTE: '50',
    ACCOUNT_LOCK_FAILURES: '3',
  };

  beforeAll(async () => {
    a = await startTestApp({ QA_SCHEDULER: 'off', ...limits });
    b = await startTestApp({ QA_SCHEDULER: 'off', ...limits }, a);
  });
  afterAll(async () => {
    await b.close({ keepData: true });
    await a.close();
  });

  it('refuses an address with 429 and Retry-After after repeated bad tokens, on every process', async () => {
    for (let i = 0; i < 3; i++)
      await a
        .http()
        .get('/api/me')
        .set(bearer(`qat_guess-${i}`))
        .expect(401);
    const refused = await b.http().get('/api/me').set(bearer(ADMIN_TOKEN)).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body).toMatchObject({ statusCode: 429 });
    // Public routes stay reachable.
    await b.http().get('/api/health').expect(200);
  });
});

describe('account lockout and sign-in throttling', () => {
  let t: TestApp;

  afterEach(() => t.close());

  it('locks an account after consecutive wrong passwords, even for the right one', async () => {
    t = await startTestApp({ QA_SCHEDULER: 'off', ACCOUNT_LOCK_FAILURES: '3' });
    const person = await t.accountFor('inspector');
    const send = (password: string) =>
      t
        .http()
        .post('/console/session')
        .set(CONSOLE_FORM)
        .send({ username: person.username, password });
    for (let i = 0; i < 3; i++) await send(`wrong-${i}`).expect(401);
    const locked = await send(person.password).expect(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(locked.headers['set-cookie']).toBeUndefined();
  });

  it('limits sign-in attempts per address per minute', async () => {
    t = await startTestApp({ QA_SCHEDULER: 'off', SIGN_IN_PER_MINUTE: '2' });
    const person = await t.accountFor('auditor');
    const body = { username: person.username, password: person.password };
    await t.http().post('/console/session').set(CONSOLE_FORM).send(body).expect(200);
    await t.http().post('/console/session').set(CONSOLE_FORM).send(body).expect(200);
    const res = await t.http().post('/console/session').set(CONSOLE_FORM).send(body).expect(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('session cookie over HTTPS', () => {
  let t: TestApp;
  afterEach(() => t.close());

  const cookieOf = async (proto?: string) => {
    const person = await t.accountFor('inspector');
    const req = t.http().post('/console/session').set(CONSOLE_FORM);
    if (proto) req.set('X-Forwarded-Proto', proto);
    const res = await req
      .send({ username: person.username, password: person.password })
      .expect(200);
    return ([] as string[]).concat(res.headers['set-cookie'] ?? []).join(';');
  };

  it('is Secure when a trusted proxy says the request was HTTPS, and not otherwise', async () => {
    t = await startTestApp({ QA_SCHEDULER: 'off', TRUST_PROXY: '1' });
    expect(await cookieOf('https')).toMatch(/;\s*Secure/i);
    expect(await cookieOf()).not.toMatch(/;\s*Secure/i);
  });

  it('does not believe X-Forwarded-Proto from a proxy TRUST_PROXY does not name', async () => {
    t = await startTestApp({ QA_SCHEDULER: 'off', TRUST_PROXY: 'false' });
    expect(await cookieOf('https')).not.toMatch(/;\s*Secure/i);
  });
});
