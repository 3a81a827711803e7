import { readFileSync } from 'node:fs';
import { previousWeek } from '../src/reports/domain/week.js';
import { ReportScheduler } from '../src/reports/report-scheduler.js';
import { seedDevCatalogue } from './helpers/catalogue-seed.js';
import { ADMIN_TOKEN, bearer, startTestApp, type TestApp } from './helpers/test-app.js';

type Headers = Record<string, string>;
const VALID = (
  JSON.parse(readFileSync(new URL('./fixtures/dev-cases.json', import.meta.url), 'utf8')) as {
    id: string;
    call: Record<string, unknown>;
  }[]
).find((c) => c.id === 'D02')!.call;

/** Monday 2026-01-05 03:00 in Asia/Shanghai: the tick that reports 2026-W01 (29 Dec – 4 Jan). */
const MONDAY_TICK = new Date('2026-01-04T19:00:00Z');

describe('weekly report snapshots: Monday schedule, revisions, immutability', () => {
  let t: TestApp;
  let agent: Headers;
  let supervisor: Headers;
  let auditor: Headers;
  let scheduler: ReportScheduler;
  const revisions = (week: string, who: Headers = auditor) =>
    t.http().get(`/api/reports/weekly/${week}/revisions`).set(who);
  const revise = (week: string, who: Headers = supervisor, reason = '复核改判后重新生成') =>
    t.http().post(`/api/reports/weekly/${week}/revisions`).set(who).send({ reason });
  const sale = (externalId: string, startedAt: string) =>
    t
      .http()
      .post('/api/calls')
      .set(agent)
      .send({ ...VALID, externalId, startedAt })
      .expect(201);

  beforeAll(async () => {
    t = await startTestApp({ QA_SCHEDULER: 'off' });
    await seedDevCatalogue(t);
    agent = bearer(await t.tokenFor('agent'));
    supervisor = bearer(await t.tokenFor('supervisor', '质量监督 陈'));
    auditor = bearer(await t.tokenFor('auditor'));
    scheduler = t.app.get(ReportScheduler);
  });
  afterAll(() => t.close());

  it('stores the last complete week at start when it has no snapshot (a missed Monday)', async () => {
    const week = previousWeek(new Date(), 'Asia/Shanghai');
    const { body } = await revisions(week).expect(200);
    expect(body).toEqual([
      expect.objectContaining({
        week,
        revision: 1,
        trigger: 'schedule',
        generatedBy: null,
        reportVersion: 'weekly-report/1',
        engineVersion: expect.any(String),
      }),
    ]);
  });

  it('a Monday tick stores the previous week once, however many workers fire', async () => {
    const ticks = await Promise.all([scheduler.tick(MONDAY_TICK), scheduler.tick(MONDAY_TICK)]);
    expect(ticks.flat()).toEqual(['2026-W01']);
    expect(await scheduler.catchUp(MONDAY_TICK)).toEqual([]);
    const { body } = await revisions('2026-W01').expect(200);
    expect(body.map((r: { revision: number }) => r.revision)).toEqual([1]);
    expect(body[0].headline).toMatchObject({ dials: 0, validRate: null });
  });

  it('catches up every week missed since the last snapshot', async () => {
    // Three Mondays later, W02–W04 are missing; W01 is not stored again.
    expect(await scheduler.catchUp(new Date('2026-01-25T19:00:00Z'))).toEqual([
      '2026-W02',
      '2026-W03',
      '2026-W04',
    ]);
  });

  it('a correction stores revision n+1 only when the figures changed, never rewriting the old', async () => {
    const same = await revise('2026-W01').expect(200);
    expect(same.body).toMatchObject({ created: false, revision: 1 });

    await sale('RS-W01-1', '2026-01-01T10:00:00+08:00');
    const changed = await revise('2026-W01').expect(201);
    expect(changed.body).toMatchObject({
      created: true,
      week: '2026-W01',
      revision: 2,
      trigger: 'manual',
      generatedBy: { name: '质量监督 陈' },
      reason: '复核改判后重新生成',
      figures: { week: '2026-W01', dials: 1, sales: 1, validSales: 1, validRate: 1 },
    });
    const live = await t.http().get('/api/reports/weekly?week=2026-W01').set(auditor).expect(200);
    const { generatedAt: _a, ...liveFigures } = live.body;
    const { generatedAt: _b, ...stored } = changed.body.figures;
    expect(stored).toEqual(liveFigures);

    const list = await revisions('2026-W01').expect(200);
    expect(
      list.body.map((r: { revision: number; headline: { dials: number } }) => [
        r.revision,
        r.headline.dials,
      ]),
    ).toEqual([
      [1, 0],
      [2, 1],
    ]);
    const first = await t
      .http()
      .get('/api/reports/weekly/2026-W01/revisions/1')
      .set(auditor)
      .expect(200);
    expect(first.body.figures).toMatchObject({ dials: 0, sales: 0, validRate: null });
    await revise('2026-W01', bearer(ADMIN_TOKEN)).expect(200);
  });

  it('shows an earlier week in the trend as last stored, later calls only after a revision', async () => {
    await sale('RS-W01-2', '2026-01-02T10:00:00+08:00');
    const w02 = await t.http().get('/api/reports/weekly?week=2026-W02').set(auditor).expect(200);
    expect(w02.body.trend[6]).toMatchObject({ week: '2026-W01', dials: 1, revision: 2 });
    expect(w02.body.trend[7]).toMatchObject({ week: '2026-W02', revision: null });
    const w01 = await t.http().get('/api/reports/weekly?week=2026-W01').set(auditor).expect(200);
    expect(w01.body.dials).toBe(2);
    await revise('2026-W01').expect(201);
    const after = await t.http().get('/api/reports/weekly?week=2026-W02').set(auditor).expect(200);
    expect(after.body.trend[6]).toMatchObject({ week: '2026-W01', dials: 2, revision: 3 });
  });

  it('lets only admins and supervisors revise; everyone who reads reports lists revisions', async () => {
    await revise('2026-W01', auditor).expect(403);
    await revise('2026-W01', bearer(await t.tokenFor('inspector'))).expect(403);
    await revise('2026-W01', agent).expect(403);
    await revisions('2026-W01', agent).expect(403);
    await revisions('2026-W01', bearer(await t.tokenFor('campaign_manager'))).expect(200);
  });

  it('refuses a bad week, a week not over and a revision that does not exist', async () => {
    const bad = await revise('2026-W99').expect(400);
    expect(bad.body.message).toMatch(/^week must be an ISO week/);
    await revisions('W47').expect(400);
    const running = await revise('2099-W01').expect(409);
    expect(running.body.message).toMatch(/not over/);
    await t.http().get('/api/reports/weekly/2026-W01/revisions/9').set(auditor).expect(404);
    await t.http().get('/api/reports/weekly/2026-W01/revisions/x').set(auditor).expect(400);
  });

  it('prints a stored revision on the page', async () => {
    const res = await t.http().get('/reports/weekly/2026-W01?revision=1').set(auditor).expect(200);
    expect(res.text).toContain('本页为归档版本：第 1 版');
    expect(res.text).toContain('第 3 版');
    const live = await t.http().get('/reports/weekly/2026-W01').set(auditor).expect(200);
    expect(live.text).toContain('实时数据');
    await t.http().get('/reports/weekly/2026-W01?revision=0').set(auditor).expect(400);
  });
});
