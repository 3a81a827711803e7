import { SchedulerRegistry } from '@nestjs/schedule';
import { DateTime } from 'luxon';
import { PeriodicJobs } from '../src/database/periodic-jobs.js';
import { previousPeriod } from '../src/qa/domain/index.js';
import { SamplingScheduler } from '../src/qa/schedule/sampling-scheduler.js';
import { WorkOrderScheduler } from '../src/qa/work-orders/work-order-scheduler.js';
import { seedDevCatalogue } from './helpers/catalogue-seed.js';
import { daySales, drawRun, importCalls } from './helpers/qa-calls.js';
import { ADMIN_TOKEN, bearer, startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * Sampling tiers stored as rows (issues 17 and 15): the work-order tier and the
 * call tiers (daily, weekly, and one added: a monthly 1% audit), edited by admins.
 */
describe('qa: sampling tiers as rows', () => {
  let t: TestApp;
  let supervisor: { Authorization: string };
  let auditor: { Authorization: string };
  const admin = bearer(ADMIN_TOKEN);
  const TZ = 'Asia/Shanghai';

  beforeAll(async () => {
    t = await startTestApp();
    supervisor = bearer(await t.tokenFor('supervisor', '主管'));
    auditor = bearer(await t.tokenFor('auditor', '移动稽核'));
  });
  afterAll(() => t.close());

  const put = (tier: string, body: object, who: { Authorization: string } = admin) =>
    t.http().put(`/api/qa/tiers/${tier}`).set(who).send(body);

  it('starts with the work-order tier and the two call tiers, each with its schedule', async () => {
    const { body } = await t.http().get('/api/qa/tiers').set(supervisor).expect(200);
    expect(body).toEqual([
      expect.objectContaining({
        tier: 'work_order',
        subject: 'complaint',
        periodKind: 'week',
        rate: 0.1,
        reviewerRole: 'supervisor',
        reviewDueBusinessDays: 3,
        schedule: '0 30 2 * * 1',
      }),
      expect.objectContaining({
        tier: 'daily',
        subject: 'call',
        periodKind: 'day',
        rate: 0.1,
        reviewerRole: 'inspector',
        reviewDueBusinessDays: 2,
        schedule: '0 0 1 * * *',
        label: '每日抽查',
      }),
      expect.objectContaining({
        tier: 'weekly',
        subject: 'call',
        periodKind: 'week',
        rate: 0.05,
        reviewerRole: 'supervisor',
        reviewDueBusinessDays: 2,
        schedule: '0 0 2 * * 1',
        label: '每周抽查',
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
    for (const [body, field] of [
      [{ schedule: 'every day' }, 'schedule'],
      [{ schedule: '0 0 99 * * *' }, 'schedule'],
      [{ label: '' }, 'label'],
    ] as const) {
      const res = await put('daily', body).expect(400);
      expect(JSON.stringify(res.body.message)).toContain(field);
    }
    await put('hourly', { rate: 0.1 }).expect(404);
    const bad = await put('Daily!', { rate: 0.1 }).expect(400);
    expect(JSON.stringify(bad.body.message)).toContain('tier');
    await put('work_order', { rate: 0.3 }, supervisor).expect(403);
    const { body } = await t.http().get('/api/qa/tiers').set(admin).expect(200);
    expect(body[0].rate).toBe(0.2);
  });

  it('serves /api/qa/plans from the daily and weekly rows, both ways, in one transaction', async () => {
    const plans = () => t.http().get('/api/qa/plans').set(admin).expect(200);
    expect((await plans()).body).toMatchObject({ daily: { rate: 0.1 }, weekly: { rate: 0.05 } });
    expect((await plans()).body).not.toHaveProperty('work_order');
    const saved = await t
      .http()
      .put('/api/qa/plans')
      .set(admin)
      .send({ daily: { rate: 0.12 }, recheck: { releaseAfterPasses: 6 } })
      .expect(200);
    expect(saved.body).toMatchObject({
      daily: { rate: 0.12, reviewerRole: 'inspector', reviewDueBusinessDays: 2 },
      weekly: { rate: 0.05 },
      recheck: { releaseAfterPasses: 6, releaseAfterBusinessDays: 10 },
    });
    const rows = (await t.http().get('/api/qa/tiers').set(admin).expect(200)).body;
    expect(rows.find((r: { tier: string }) => r.tier === 'daily').rate).toBe(0.12);
    await put('daily', { rate: 0.1 }).expect(200);
    expect((await plans()).body.daily.rate).toBe(0.1);
    // A bad weekly rate is a 400 naming it, and the daily change in the same body is not kept.
    const refused = await t
      .http()
      .put('/api/qa/plans')
      .set(admin)
      .send({ daily: { rate: 0.3 }, weekly: { rate: 0.1234567 } })
      .expect(400);
    expect(JSON.stringify(refused.body.message)).toContain('weekly.rate');
    expect((await plans()).body).toMatchObject({ daily: { rate: 0.1 }, weekly: { rate: 0.05 } });
  });

  it('adds a tier as a row: a monthly 1% carrier audit, drawn, scheduled and reported', async () => {
    const monthly = {
      tier: 'monthly',
      periodKind: 'month',
      rate: 0.01,
      reviewerRole: 'auditor',
      reviewDueBusinessDays: 5,
      schedule: '0 0 3 1 * *',
      label: '运营商月度稽核',
    };
    await t.http().post('/api/qa/tiers').set(supervisor).send(monthly).expect(403);
    for (const [body, field] of [
      [{ ...monthly, periodKind: 'fortnight' }, 'periodKind'],
      [{ ...monthly, tier: 'a-very-long-tier' }, 'tier'],
      [{ ...monthly, rate: undefined }, 'rate'],
      [{ ...monthly, reviewerRole: 'agent' }, 'reviewerRole'],
    ] as const) {
      const res = await t.http().post('/api/qa/tiers').set(admin).send(body).expect(400);
      expect(JSON.stringify(res.body.message)).toContain(field);
    }
    const created = await t.http().post('/api/qa/tiers').set(admin).send(monthly).expect(201);
    expect(created.body).toMatchObject({ ...monthly, subject: 'call' });
    await t.http().post('/api/qa/tiers').set(admin).send(monthly).expect(409);

    // 250 valid recordings over three September days: ceil(1% × 250) = 3 drawn.
    await seedDevCatalogue(t);
    const agent = await t.tokenFor('agent', 'dialer');
    await importCalls(t, agent, [
      ...daySales('M1', '2026-09-01', 'A001', 100),
      ...daySales('M2', '2026-09-15', 'A002', 100),
      ...daySales('M3', '2026-09-30', 'A001', 50),
    ]);
    await drawRun(t, supervisor, 'monthly', '2026-W40').expect(400);
    const run = (await drawRun(t, supervisor, 'monthly', '2026-09').expect(201)).body;
    expect(run).toMatchObject({
      tier: 'monthly',
      period: '2026-09',
      periodStart: '2026-08-31T16:00:00.000Z',
      rate: 0.01,
      populationSize: 250,
      quota: 3,
      sampleSize: 3,
    });
    // The auditors the tier names review its items; other tiers' items stay the reviewers'.
    const queue = (await t.http().get('/api/qa/queue').set(auditor).expect(200)).body;
    expect(queue.map((i: { tier: string }) => i.tier)).toEqual(['monthly', 'monthly', 'monthly']);
    const rules = { identity: 'pass', comprehension: 'pass', script: 'pass', consent: 'pass' };
    const review = { itemId: queue[0].id, rules };
    await t.http().post('/api/qa/reviews').set(auditor).send(review).expect(201);
    const daily = (await drawRun(t, supervisor, 'daily', '2026-09-01').expect(201)).body;
    const reviewDaily = { itemId: daily.items[0].id, rules };
    await t.http().post('/api/qa/reviews').set(auditor).send(reviewDaily).expect(403);
    const audits = await t.http().get('/api/qa/sampling-runs?tier=monthly').set(auditor);
    expect(audits.body.map((r: { period: string }) => r.period)).toEqual(['2026-09']);

    // Its schedule's tick draws the months since, up to the last one over.
    const now = new Date();
    const drawn = await t.app.get(SamplingScheduler).tick('monthly', now);
    expect(drawn[drawn.length - 1]).toBe(previousPeriod('month', now, TZ).period);

    // Running workers pick the new tier's schedule up, and a change or its removal, unrestarted.
    const scheduler = t.app.get(SamplingScheduler);
    const registry = t.app.get(SchedulerRegistry);
    expect(await scheduler.syncSchedules()).toEqual(['monthly']);
    expect(registry.getCronJob('qa.draw.monthly').cronTime.source).toBe('0 0 3 1 * *');
    expect(await scheduler.syncSchedules()).toEqual([]);
    await put('monthly', { schedule: '0 0 4 1 * *' }).expect(200);
    expect(await scheduler.syncSchedules()).toEqual(['monthly']);
    expect(registry.getCronJob('qa.draw.monthly').cronTime.source).toBe('0 0 4 1 * *');
    await put('monthly', { schedule: null }).expect(200);
    expect(await scheduler.syncSchedules()).toEqual([]);
    expect(registry.doesExist('cron', 'qa.draw.monthly')).toBe(false);
    await put('monthly', { schedule: monthly.schedule }).expect(200);

    // The week September ends in reports the month's draw beside the call tiers.
    const report = await t.http().get('/api/reports/weekly?week=2026-W40').set(auditor);
    expect(report.body.qa.tiers).toEqual([
      expect.objectContaining({ tier: 'daily', label: '每日抽查（10%）', sampled: 0 }),
      expect.objectContaining({ tier: 'weekly', label: '每周抽查（5%）', sampled: 0 }),
      expect.objectContaining({ tier: 'monthly', label: '运营商月度稽核（1%）', sampled: 3 }),
    ]);
    const page = await t.http().get('/reports/weekly/2026-W40').set(auditor).expect(200);
    expect(page.text).toContain('运营商月度稽核（1%）');
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
