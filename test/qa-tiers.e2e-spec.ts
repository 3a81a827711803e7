import { DateTime } from 'luxon';
import { PeriodicJobs } from '../src/database/periodic-jobs.js';
import { WorkOrderScheduler } from '../src/qa/work-orders/work-order-scheduler.js';
import { ADMIN_TOKEN, bearer, startTestApp, type TestApp } from './helpers/test-app.js';

/** Sampling tiers stored as rows (issue 17): the work-order tier, edited by admins, drawn weekly. */
describe('qa: sampling tiers as rows', () => {
  let t: TestApp;
  let supervisor: { Authorization: string };
  const admin = bearer(ADMIN_TOKEN);
  const TZ = 'Asia/Shanghai';

  beforeAll(async () => {
    t = await startTestApp();
    supervisor = bearer(await t.tokenFor('supervisor', '主管'));
  });
  afterAll(() => t.close());

  const put = (tier: string, body: object, who: { Authorization: string } = admin) =>
    t.http().put(`/api/qa/tiers/${tier}`).set(who).send(body);

  it('starts with the work-order tier: 10% of the week, reviewed by supervisors', async () => {
    const { body } = await t.http().get('/api/qa/tiers').set(supervisor).expect(200);
    expect(body).toEqual([
      expect.objectContaining({
        tier: 'work_order',
        subject: 'complaint',
        periodKind: 'week',
        rate: 0.1,
        reviewerRole: 'supervisor',
        reviewDueBusinessDays: 3,
      }),
    ]);
  });

  it('lets an admin change it (audited), and the next draw uses it', async () => {
    const changed = await put('work_order', { rate: 0.2, reviewDueBusinessDays: 2 }).expect(200);
    expect(changed.body).toMatchObject({
      rate: 0.2,
      reviewDueBusinessDays: 2,
      updatedBy: expect.any(String),
    });
    const audit = await t.http().get('/api/audit?action=qa.tier.update').set(admin).expect(200);
    expect(audit.body.items).toHaveLength(1);
    const run = await t
      .http()
      .post('/api/qa/work-orders/runs')
      .set(supervisor)
      .send({ period: '2026-W40' })
      .expect(201);
    expect(run.body).toMatchObject({ rate: 0.2, populationSize: 0, sampleSize: 0, items: [] });
  });

  it('refuses bad values with a 400 naming the field, and non-admins with 403', async () => {
    for (const [body, field] of [
      [{ rate: 2 }, 'rate'],
      [{ rate: 0.1234567 }, 'rate'],
      [{ rate: null }, 'rate'],
      [{ reviewerRole: 'agent' }, 'reviewerRole'],
      [{ reviewDueBusinessDays: 0 }, 'reviewDueBusinessDays'],
    ] as const) {
      const res = await put('work_order', body).expect(400);
      expect(JSON.stringify(res.body.message)).toContain(field);
    }
    const unknown = await put('daily', { rate: 0.1 }).expect(400);
    expect(JSON.stringify(unknown.body.message)).toContain('tier');
    await put('work_order', { rate: 0.3 }, supervisor).expect(403);
    const { body } = await t.http().get('/api/qa/tiers').set(admin).expect(200);
    expect(body[0].rate).toBe(0.2);
  });

  it('leaves the call tiers in /api/qa/plans as they were', async () => {
    const { body } = await t.http().get('/api/qa/plans').set(admin).expect(200);
    expect(body).toMatchObject({ daily: { rate: 0.1 }, weekly: { rate: 0.05 } });
    expect(body).not.toHaveProperty('work_order');
  });

  it('draws every ended week since the last one on a Monday tick, once per tick', async () => {
    const scheduler = t.app.get(WorkOrderScheduler);
    const periodic = t.app.get(PeriodicJobs);
    // The app drew last week at start; two Mondays from now, this week and next are due.
    const thisWeek = DateTime.now().setZone(TZ).startOf('week');
    const monday = thisWeek.plus({ weeks: 2, hours: 2, minutes: 30 }).toJSDate();
    const due = [0, 1].map((w) => thisWeek.plus({ weeks: w }).toFormat("kkkk-'W'WW"));
    expect(await periodic.claimAndRun(scheduler.job, monday)).toEqual(due);
    expect(await periodic.claimAndRun(scheduler.job, monday)).toBeNull();
    expect(await scheduler.drawMissed(monday)).toEqual([]);
  });
});
