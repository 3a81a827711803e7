import { DateTime } from 'luxon';
import { createAccount, seedCatalogue } from './catalogue.js';
import { type CompiledService, startCompiledService } from './compiled-service.js';
import { bearer, client, type Client, expectStatus } from './http.js';
import { CENTRE_TZ, sellTrial } from './trial-flow.js';

const dialect = process.env.TEST_DIALECT === 'postgres' ? 'postgres' : 'sqlite';
const CONSOLE = { 'x-requested-with': 'qa-console' };

/**
 * What people read, against `node dist/main.js`: the weekly report as JSON, CSV
 * and its printable page, and the web console reached by signing in with a
 * password (session cookie, the console header on every change, sign-out revoking).
 */
describe(`compiled service: weekly report and console sign-in (${dialect})`, () => {
  let svc: CompiledService;
  let admin: Client;
  let supervisor: Client;
  const week = DateTime.now().setZone(CENTRE_TZ).minus({ minutes: 10 }).toFormat("kkkk-'W'WW");

  beforeAll(async () => {
    svc = await startCompiledService(dialect);
    admin = client(svc.base, bearer(svc.adminToken));
    await seedCatalogue(admin);
    const agent = client(svc.base, bearer((await createAccount(admin, 'agent')).token));
    await sellTrial(agent);
    supervisor = client(svc.base, bearer((await createAccount(admin, 'supervisor')).token));
  }, 180_000);
  afterAll(async () => svc?.stop());

  it('gives the week as JSON with this week’s sale counted', async () => {
    const report = expectStatus(await supervisor('GET', `/api/reports/weekly?week=${week}`), 200);
    expect(report.body).toMatchObject({ week, dials: 1, connected: 1, sales: 1, validSales: 1 });
    expect(report.body.validRate).toBe(1);
    expect(report.body.agents).toEqual([expect.objectContaining({ agentCode: 'A001', sales: 1 })]);
    const bad = await supervisor('GET', '/api/reports/weekly?week=2026-W60');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.message)).toContain('week');
  });

  it('gives the same figures as CSV: a centre row, then teams, then agents', async () => {
    const csv = expectStatus(
      await supervisor('GET', `/api/reports/weekly?week=${week}`, undefined, {
        accept: 'text/csv',
      }),
      200,
    );
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const rows = csv.text.trim().split(/\r?\n/);
    expect(rows[0]).toMatch(/^week,scope,agentCode,team,dials,/);
    expect(rows.slice(1).map((r) => r.split(',')[1])).toEqual(['centre', 'team', 'agent']);
    expect(rows[3]).toContain(`${week},agent,A001,T1,1,1,1,1,1,1`);
    const same = await supervisor('GET', `/api/reports/weekly?week=${week}&format=csv`);
    expect(same.text).toBe(csv.text);
  });

  it('prints the week as a Chinese HTML page', async () => {
    const page = expectStatus(await supervisor('GET', `/reports/weekly/${week}`), 200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.text).toContain('外呼营销工作周报');
    expect(page.text).toContain('<svg');
    expect((await client(svc.base, {})('GET', `/api/reports/weekly?week=${week}`)).status).toBe(
      401,
    );
  });

  it('signs a person in through the console form, serves their pages on the cookie, and signing out revokes it', async () => {
    const password = 'Acceptance-pass-2026';
    expectStatus(
      await admin('POST', '/api/users', {
        name: '王主管',
        role: 'supervisor',
        username: 'wang.zhuguan',
        password,
      }),
      201,
    );
    const anonymous = client(svc.base, {});
    const form = expectStatus(await anonymous('GET', '/'), 200);
    expect(form.text).toContain('<form');
    const credentials = { username: 'wang.zhuguan', password };
    // Without the console's own header, no other site can sign a browser in.
    expect((await anonymous('POST', '/console/session', credentials)).status).toBe(403);
    expect(
      (await anonymous('POST', '/console/session', { ...credentials, password: 'wrong' }, CONSOLE))
        .status,
    ).toBe(401);
    const signIn = expectStatus(
      await anonymous('POST', '/console/session', credentials, CONSOLE),
      200,
    );
    expect(signIn.body).toMatchObject({ name: '王主管', role: 'supervisor' });
    const setCookie = signIn.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/qa_session=[^;]+;/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const cookie = { cookie: setCookie.split(';')[0] };
    const browser = client(svc.base, cookie);

    const dashboard = expectStatus(await browser('GET', '/console'), 200);
    expect(dashboard.text).toContain('仪表盘');
    expect(expectStatus(await browser('GET', `/reports/weekly/${week}`), 200).text).toContain(
      '外呼营销工作周报',
    );
    expect(expectStatus(await browser('GET', '/api/me'), 200).body).toMatchObject({
      role: 'supervisor',
    });
    // A change made with the cookie alone needs the console header too.
    expect((await browser('POST', '/console/logout')).status).toBe(403);

    expectStatus(await browser('POST', '/console/logout', undefined, CONSOLE), 200);
    const after = await browser('GET', '/console');
    expect(after.status).toBe(303);
    expect(after.headers.get('location')).toMatch(/^\/\?next=/);
    expect((await browser('GET', '/api/me')).status).toBe(401);
  });
});
