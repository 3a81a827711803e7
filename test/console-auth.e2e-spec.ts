import {
  type Account,
  ADMIN_TOKEN,
  bearer,
  CONSOLE_FORM as CONSOLE,
  startTestApp,
  type TestApp,
} from './helpers/test-app.js';

/** The `qa_session=…` pair from a response's Set-Cookie, for the next request. */
function sessionCookie(res: { headers: Record<string, unknown> }): string {
  const cookies = res.headers['set-cookie'] as string[];
  const session = cookies.find((c) => c.startsWith('qa_session='));
  if (!session) throw new Error(`no session cookie in ${JSON.stringify(cookies)}`);
  return session.split(';')[0];
}

describe('web console: sign-in, cookie session, CSRF header, role-aware pages', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const accounts: Record<string, Account> = {};
  const cookies: Record<string, string> = {};

  const signIn = (a: Pick<Account, 'username' | 'password'>, next?: string) =>
    t
      .http()
      .post('/console/session')
      .set(CONSOLE)
      .send({ username: a.username, password: a.password, ...(next ? { next } : {}) });

  beforeAll(async () => {
    t = await startTestApp({ QA_SCHEDULER: 'off', SIGN_IN_PER_MINUTE: '100' });
    for (const role of [
      'inspector',
      'supervisor',
      'campaign_manager',
      'auditor',
      'agent',
    ] as const) {
      accounts[role] = await t.accountFor(role, `${role} <b>"1"</b>`);
      tokens[role] = accounts[role].token;
    }
    for (const role of ['inspector', 'supervisor', 'campaign_manager', 'auditor'])
      cookies[role] = sessionCookie(await signIn(accounts[role]).expect(200));
  });
  afterAll(() => t.close());

  it('serves the sign-in page at / to anyone, in Chinese, with a strict content policy', async () => {
    const res = await t.http().get('/').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.text).toContain('用户名');
    expect(res.text).toContain('密码');
    expect(res.text).toContain('/console/assets/login.js');
  });

  it('sets an httpOnly, SameSite=Strict session cookie for a right password and names the landing page', async () => {
    const res = await signIn(accounts.inspector).expect(200);
    expect(res.body).toMatchObject({ role: 'inspector', home: '/console/queue' });
    const cookie = (res.headers['set-cookie'] as unknown as string[]).find((c) =>
      c.startsWith('qa_session='),
    )!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/Max-Age=\d+/);
    expect(JSON.stringify(res.body)).not.toContain(accounts.inspector.password);
    // The cookie is a session id, not a credential that works as an API token.
    expect(cookie).not.toContain(tokens.inspector);
    const id = cookie.split(';')[0].slice('qa_session='.length);
    await t.http().get('/api/me').set(bearer(id)).expect(401);
  });

  it('refuses wrong passwords, agents, and sign-ins without the console header', async () => {
    const bad = await signIn({ ...accounts.inspector, password: 'wrong-password' }).expect(401);
    expect(bad.headers['set-cookie']).toBeUndefined();
    await signIn({ username: 'nobody', password: 'whatever-it-is' }).expect(401);
    await signIn({ ...accounts.inspector, username: tokens.inspector }).expect(401);
    await signIn(accounts.agent).expect(403);
    const { username, password } = accounts.inspector;
    await t.http().post('/console/session').send({ username, password }).expect(403);
    await t.http().post('/console/session').set(CONSOLE).send({}).expect(400);
  });

  it('wants the header on sign-in however the path is spelled, as the router matches it', async () => {
    const { username, password } = accounts.inspector;
    for (const path of [
      '/console/session/',
      '/CONSOLE/SESSION',
      '/Console/Session/',
      '/console/session?x=1',
    ]) {
      const res = await t.http().post(path).type('form').send({ username, password });
      expect([path, res.status]).toEqual([path, 403]);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('honours a "next" page on our own site only', async () => {
    const ok = await signIn(accounts.supervisor, '/console/calibration').expect(200);
    expect(ok.body.home).toBe('/console/calibration');
    for (const next of [
      '//evil.example/x',
      'https://evil.example',
      '/\\evil.example',
      '/api/users',
    ])
      expect((await signIn(accounts.supervisor, next).expect(200)).body.home).toBe(
        '/console/queue',
      );
  });

  it('authenticates API reads by the cookie', async () => {
    const me = await t.http().get('/api/me').set('Cookie', cookies.inspector).expect(200);
    expect(me.body.role).toBe('inspector');
  });

  it('requires the console header on cookie-authenticated changes, with the usual JSON error', async () => {
    const body = { phone: '+86 138 0013 8000', reason: '严重投诉' };
    const refused = await t
      .http()
      .post('/api/blacklist')
      .set('Cookie', cookies.campaign_manager)
      .send(body)
      .expect(403);
    expect(refused.body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
    expect(refused.body.message).toContain('X-Requested-With');
    await t
      .http()
      .delete('/api/blacklist/13800138000')
      .set('Cookie', cookies.campaign_manager)
      .send({ reason: 'x' })
      .expect(403);
    const ok = await t
      .http()
      .post('/api/blacklist')
      .set('Cookie', cookies.campaign_manager)
      .set(CONSOLE)
      .send(body)
      .expect(201);
    expect(ok.body.blacklisted).toBe(true);
    // Refused before the guard ran: nothing was written by the forged attempts.
    const history = await t.http().get('/api/blacklist?phone=13800138000').set(bearer(ADMIN_TOKEN));
    expect(history.body.history).toHaveLength(1);
  });

  it('leaves bearer-token clients alone, with or without a stray cookie', async () => {
    await t
      .http()
      .post('/api/blacklist')
      .set(bearer(tokens.campaign_manager))
      .send({ phone: '13900139000', reason: '运营商要求' })
      .expect(201);
    await t
      .http()
      .delete('/api/blacklist/13900139000')
      .set(bearer(tokens.campaign_manager))
      .set('Cookie', cookies.inspector)
      .send({ reason: '核实为误加' })
      .expect(200);
  });

  it('sends visitors without a session to sign in, and back afterwards', async () => {
    const res = await t.http().get('/console/review/7').expect(303);
    expect(res.headers.location).toBe('/?next=%2Fconsole%2Freview%2F7');
    const stale = await t
      .http()
      .get('/console')
      .set('Cookie', 'qa_session=qat_revoked')
      .expect(303);
    expect(stale.headers.location).toBe('/?next=%2Fconsole');
    const home = await t.http().get('/').set('Cookie', cookies.campaign_manager).expect(303);
    expect(home.headers.location).toBe('/console');
  });

  const navOf = async (role: string, path: string) => {
    const res = await t.http().get(path).set('Cookie', cookies[role]).expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const nav = /<nav[^>]*>(.*?)<\/nav>/s.exec(res.text)![1];
    return [...nav.matchAll(/>([^<]+)<\/a>/g)].map((m) => m[1]);
  };

  it('shows each role the pages it may open', async () => {
    expect(await navOf('inspector', '/console/queue')).toEqual([
      '仪表盘',
      '我的质检队列',
      '复核',
      '周报',
    ]);
    expect(await navOf('supervisor', '/console')).toEqual([
      '仪表盘',
      '我的质检队列',
      '复核',
      '校准',
      '推翻',
      '工单质检',
      '周报',
    ]);
    expect(await navOf('campaign_manager', '/console/dial-lists')).toEqual([
      '仪表盘',
      '黑名单',
      '拨号名单',
      '周报',
    ]);
    // Auditors review the items of a tier set up for them.
    expect(await navOf('auditor', '/console')).toEqual(['仪表盘', '我的质检队列', '复核', '周报']);
    const admin = await t.http().get('/console').set(bearer(ADMIN_TOKEN)).expect(200);
    expect(admin.text).toContain('href="/console/dial-lists"');
    expect(admin.text).toMatch(/href="\/reports\/weekly\/\d{4}-W\d{2}"/);
  });

  it('answers a page the role may not open with a readable 403 page', async () => {
    for (const [role, path] of [
      ['inspector', '/console/blacklist'],
      ['campaign_manager', '/console/review/1'],
      ['inspector', '/console/calibration'],
      ['inspector', '/console/work-orders'],
      ['auditor', '/console/calibration'],
    ]) {
      const res = await t.http().get(path).set('Cookie', cookies[role]).expect(403);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.text).toContain('无权访问');
    }
    const bad = await t.http().get('/console/review/abc').set('Cookie', cookies.inspector);
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('地址有误');
  });

  it('escapes what users typed, such as their names', async () => {
    const res = await t.http().get('/console').set('Cookie', cookies.inspector).expect(200);
    expect(res.text).toContain('inspector &lt;b&gt;&quot;1&quot;&lt;/b&gt;');
    expect(res.text).not.toContain('<b>"1"</b>');
  });

  it('serves the scripts and stylesheet without a session, revalidated by ETag', async () => {
    const js = await t.http().get('/console/assets/review.js').expect(200);
    expect(js.headers['content-type']).toMatch(/^text\/javascript/);
    expect(js.headers['cache-control']).toBe('no-cache');
    await t
      .http()
      .get('/console/assets/review.js')
      .set('If-None-Match', js.headers.etag)
      .expect(304);
    const css = await t.http().get('/console/assets/console.css').expect(200);
    expect(css.text).toContain('@media print');
    for (const name of ['nope.js', '__proto__', 'constructor', '..%2Fmain.js'])
      await t.http().get(`/console/assets/${name}`).expect(404);
  });

  it('signs out by revoking the session and clearing the cookie; signing out needs the header too', async () => {
    const cookie = sessionCookie(await signIn(accounts.auditor).expect(200));
    await t.http().post('/console/logout').set('Cookie', cookie).expect(403);
    const res = await t
      .http()
      .post('/console/logout')
      .set('Cookie', cookie)
      .set(CONSOLE)
      .expect(200);
    const cleared = (res.headers['set-cookie'] as unknown as string[]).find((c) =>
      c.startsWith('qa_session=;'),
    );
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
    // A copy of the cookie kept from before is worthless now.
    await t.http().get('/api/me').set('Cookie', cookie).expect(401);
    const audit = await t.http().get('/api/audit?entity=user').set(bearer(ADMIN_TOKEN)).expect(200);
    const actions = audit.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['console.sign_in', 'console.sign_out']));
  });
});
