import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import { OutboxEvent } from '../src/trials/outbox-event.entity.js';
import { JobName } from '../src/trials/jobs/job-names.js';
import {
  GATE_AT,
  getTrial,
  openTrialFor,
  recordOutcome,
  startTrialsApp,
  type TrialsCtx,
} from './helpers/trials-app.js';
import {
  clockOf,
  confirmationCall,
  handlersOf,
  promote,
  queueOf,
  reconcilerOf,
  waitFor,
} from './helpers/trials.js';
import { WebhookReceiver } from './helpers/webhook-receiver.js';

const SECRET = 'test-webhook-secret-0123456789';
const sign = (raw: string) => `sha256=${createHmac('sha256', SECRET).update(raw).digest('hex')}`;

/** Jobs firing: the due list, the signed webhooks, idempotence, timeouts, health, operations. */
describe('trials: confirmation jobs on BullMQ', () => {
  let ctx: TrialsCtx;
  const hooks = new WebhookReceiver();

  beforeAll(async () => {
    const base = await hooks.start();
    ctx = await startTrialsApp({
      CONFIRMATION_WEBHOOK_URL: `${base}/dialer`,
      BILLING_WEBHOOK_URL: `${base}/billing`,
      WEBHOOK_SECRET: SECRET,
      CALLING_TIMEOUT_MINUTES: '30',
    });
  });
  afterAll(async () => {
    await ctx.close();
    await hooks.stop();
  });

  const step1Due = '2026-11-11T09:00:00+08:00';
  const stepOf = async (id: number, n: number) => (await getTrial(ctx, id)).confirmations[n - 1];

  it('a step falling due joins the due list with its filled script and goes to the dialer, signed and retried', async () => {
    const trial = await openTrialFor(ctx);
    hooks.replies.push(503);
    clockOf(ctx.t).set(step1Due);
    await promote(ctx.t, `trial-${trial.id}-step-1-1`);
    await waitFor(async () => (await stepOf(trial.id, 1)).status === 'calling', 'step 1 calling');

    const due = await ctx.t.http().get('/api/confirmations/due').set(ctx.agent).expect(200);
    const item = due.body.find((d: { trialId: number }) => d.trialId === trial.id);
    expect(item).toMatchObject({
      step: 1,
      attempt: 1,
      phone: trial.phone,
      productCode: 'MUSIC10',
      trialEnd: '2026-11-18',
      dueAt: '2026-11-11T09:00:00.000+08:00',
      scriptVersion: 'c1',
    });
    expect(item.script).toContain('您的免费体验期到11月18日结束');
    expect(item.script).toContain('每月10元');
    expect(item.script).toContain('编辑短信TD发送到10658888，或拨打10086');
    await ctx.t.http().get('/api/confirmations/due').set(ctx.auditor).expect(403);

    const webhook = `webhook-trial-${trial.id}-step-1-1`;
    // The first POST got a 503: BullMQ holds the job for a backoff retry; fire it now.
    await waitFor(async () => (await queueOf(ctx.t).getJob(webhook))?.isDelayed(), 'the retry');
    await promote(ctx.t, webhook);
    await waitFor(async () => hooks.to('/dialer').length === 2, 'the retried webhook');
    for (const r of hooks.to('/dialer')) {
      expect(r.headers['x-signature']).toBe(sign(r.raw));
      expect(r.headers['x-event-id']).toBe(webhook);
      expect(r.body).toMatchObject({
        type: 'confirmation.due',
        trialId: trial.id,
        step: 1,
        phone: trial.phone,
      });
    }
    await waitFor(
      async () => (await queueOf(ctx.t).getJob(webhook)) === undefined,
      'the webhook job to complete',
    );
  });

  it('a job processed twice applies once', async () => {
    const trial = await openTrialFor(ctx);
    const handlers = handlersOf(ctx.t);
    const data = { trialId: trial.id, step: 1, attempt: 1 };
    clockOf(ctx.t).set(step1Due);
    await expect(handlers.dispatch({ name: JobName.StepDue, data })).resolves.toMatchObject({
      status: 'done',
    });
    await expect(handlers.dispatch({ name: JobName.StepDue, data })).resolves.toMatchObject({
      status: 'skipped',
    });

    const at = '2026-11-11T10:00:00+08:00';
    const call = (id: string, startedAt: string) =>
      confirmationCall(id, {
        trialId: trial.id,
        phone: trial.phone,
        startedAt,
        trialEnd: '2026-11-18',
      });
    await recordOutcome(ctx, trial.id, 1, 'continue', call(`Q1-${trial.id}`, at), at);
    await recordOutcome(
      ctx,
      trial.id,
      2,
      'continue',
      call(`Q2-${trial.id}`, '2026-11-16T10:00:00+08:00'),
      '2026-11-16T10:00:00+08:00',
    );
    clockOf(ctx.t).set(GATE_AT);
    const gate = { trialId: trial.id, seq: 1 };
    const results = await Promise.all(
      [1, 2, 3].map(() => handlers.dispatch({ name: JobName.ChargeGate, data: gate })),
    );
    expect(results.map((r) => r.status).sort()).toEqual(['done', 'skipped', 'skipped']);
    // Enqueueing it again is a no-op (same id); the scheduled copy still fires, and changes nothing.
    await queueOf(ctx.t).add(JobName.ChargeGate, gate, { jobId: `trial-${trial.id}-gate-1` });
    expect(await (await queueOf(ctx.t).getJob(`trial-${trial.id}-gate-1`))!.isDelayed()).toBe(true);
    await promote(ctx.t, `trial-${trial.id}-gate-1`);
    await waitFor(
      async () => (await queueOf(ctx.t).getJob(`trial-${trial.id}-gate-1`)) === undefined,
      'the duplicate gate job',
    );
    expect((await getTrial(ctx, trial.id)).status).toBe('charged');
    const outbox = await ctx.t.app
      .get(DataSource)
      .getRepository(OutboxEvent)
      .findBy({ trialId: trial.id });
    expect(outbox.map((e) => e.type)).toEqual(['trial.charged']);
    // The billing event is POSTed, signed, and marked delivered.
    const billed = await waitFor(
      async () => hooks.to('/billing').find((r) => r.body.trialId === trial.id),
      'the billing webhook',
    );
    expect(billed.headers['x-signature']).toBe(sign(billed.raw));
    expect(billed.body).toMatchObject({
      type: 'trial.charged',
      phone: trial.phone,
      chargeFrom: '2026-11-19',
    });
    await waitFor(
      async () =>
        (await ctx.t.app.get(DataSource).getRepository(OutboxEvent).findOneBy({ id: outbox[0].id }))
          ?.status === 'delivered',
      'delivered',
    );
  });

  it('a step stuck in calling past CALLING_TIMEOUT_MINUTES goes back on the schedule', async () => {
    const trial = await openTrialFor(ctx);
    clockOf(ctx.t).set(step1Due);
    await handlersOf(ctx.t).dispatch({
      name: JobName.StepDue,
      data: { trialId: trial.id, step: 1, attempt: 1 },
    });
    clockOf(ctx.t).set('2026-11-11T09:20:00+08:00');
    expect((await reconcilerOf(ctx.t).reconcile()).timedOut).toBe(0);
    clockOf(ctx.t).set('2026-11-11T09:31:00+08:00');
    expect((await reconcilerOf(ctx.t).reconcile()).timedOut).toBeGreaterThanOrEqual(1);
    expect(await stepOf(trial.id, 1)).toMatchObject({
      status: 'scheduled',
      attempt: 2,
      dueAt: '2026-11-12T09:00:00.000+08:00',
    });
    expect(await queueOf(ctx.t).getJob(`trial-${trial.id}-step-1-2`)).toBeDefined();
  });

  it('the reconciler puts back a lost job before it falls due', async () => {
    const trial = await openTrialFor(ctx);
    const id = `trial-${trial.id}-step-1-1`;
    await queueOf(ctx.t).remove(id);
    // Weeks ahead, a pass after the first only looks at what falls due soon.
    clockOf(ctx.t).set('2026-10-21T10:00:00+08:00');
    await reconcilerOf(ctx.t).reconcile();
    expect(await queueOf(ctx.t).getJob(id)).toBeUndefined();
    // A minute before it is due, it is back.
    clockOf(ctx.t).set('2026-11-11T08:59:00+08:00');
    const report = await reconcilerOf(ctx.t).reconcile();
    expect(report).toMatchObject({ full: false });
    expect(report.requeued.wakeUps).toBeGreaterThanOrEqual(1);
    expect(await queueOf(ctx.t).getJob(id)).toBeDefined();
  });

  it('health reports queue depths and the oldest overdue step', async () => {
    const trial = await openTrialFor(ctx);
    clockOf(ctx.t).set('2026-11-11T12:00:00+08:00');
    const res = await ctx.t.http().get('/api/health').expect(200);
    expect(res.body.queues.confirmations).toMatchObject({
      delayed: expect.any(Number),
      failed: expect.any(Number),
    });
    expect(res.body.queues.confirmations.delayed).toBeGreaterThan(0);
    expect(res.body.oldestOverdueStep).toMatchObject({ step: 1, status: 'scheduled' });
    expect(res.body.oldestOverdueStep.overdueSeconds).toBeGreaterThanOrEqual(3 * 3600);
    expect(trial.id).toBeGreaterThan(0);
  });

  /** A job no handler knows, left in the failed set after its one attempt. */
  const withFailedJob = async (jobId: string) => {
    const queue = queueOf(ctx.t);
    await queue.add('no-such-job', { trialId: 0 }, { jobId, attempts: 1 });
    await waitFor(async () => (await queue.getJob(jobId))?.isFailed(), 'the broken job to fail');
  };

  it('shows queues and failed jobs to admins only, and retries them', async () => {
    await withFailedJob('broken-1');
    const failed = await ctx.t
      .http()
      .get('/api/admin/queues/confirmations/failed')
      .set(ctx.admin)
      .expect(200);
    expect(failed.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'broken-1', failedReason: 'no handler for job no-such-job' }),
      ]),
    );
    const overview = await ctx.t.http().get('/api/admin/queues').set(ctx.admin).expect(200);
    expect(overview.body.queues[0].counts.failed).toBeGreaterThanOrEqual(1);
    await ctx.t.http().get('/api/admin/queues/confirmations/failed').set(ctx.auditor).expect(403);
    const retried = await ctx.t
      .http()
      .post('/api/admin/queues/confirmations/jobs/broken-1/retry')
      .set(ctx.admin)
      .expect(200);
    expect(retried.body).toEqual({ retried: ['broken-1'] });
    await ctx.t.http().post('/api/admin/queues/nope/jobs/x/retry').set(ctx.admin).expect(404);
  });

  it('serves Bull Board at /admin/queues to admins: failed jobs with their error, retry, audit', async () => {
    await withFailedJob('broken-2');
    const page = await ctx.t.http().get('/admin/queues').set(ctx.admin).expect(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('__UI_CONFIG__');
    // The page's scripts resolve against <base href>: the policy must allow it.
    expect(page.headers['content-security-policy']).toContain("base-uri 'self'");
    expect(page.headers['content-security-policy']).toContain("script-src 'self';");
    const script = /<script defer src="([^"]+)"/.exec(page.text)?.[1];
    const asset = await ctx.t.http().get(`/admin/queues/${script}`).set(ctx.admin).expect(200);
    expect(asset.headers['content-type']).toContain('javascript');
    const board = await ctx.t
      .http()
      .get('/admin/queues/api/queues?activeQueue=confirmations&status=failed&page=1')
      .set(ctx.admin)
      .expect(200);
    const confirmations = board.body.queues.find(
      (q: { name: string }) => q.name === 'confirmations',
    );
    expect(confirmations.jobs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'broken-2', failedReason: 'no handler for job no-such-job' }),
      ]),
    );
    const job = await ctx.t
      .http()
      .get('/admin/queues/api/queues/confirmations/broken-2')
      .set(ctx.admin)
      .expect(200);
    expect(job.body.job).toMatchObject({ id: 'broken-2', name: 'no-such-job' });

    // Admins only, refused with the one error body; a cookie change must come from the page.
    const refused = await ctx.t.http().get('/admin/queues/api/queues').set(ctx.agent).expect(403);
    expect(refused.body).toMatchObject({ statusCode: 403, code: 'FORBIDDEN' });
    const anonymous = await ctx.t.http().get('/admin/queues').expect(401);
    expect(anonymous.body).toMatchObject({ statusCode: 401, code: 'UNAUTHORIZED' });
    await ctx.t.http().get('/admin/queues/api/queues').set(ctx.auditor).expect(403);
    const account = await ctx.t.accountFor('admin', 'board admin');
    const cookie = await ctx.t.sessionFor(account);
    const retry = '/admin/queues/api/queues/confirmations/broken-2/retry';
    await ctx.t.http().get('/admin/queues/api/queues').set('Cookie', cookie).expect(200);
    const forged = await ctx.t.http().put(retry).set('Cookie', cookie).expect(403);
    expect(forged.body.code).toBe('FORBIDDEN');
    await ctx.t
      .http()
      .put(retry)
      .set('Cookie', cookie)
      .set('Sec-Fetch-Site', 'same-origin')
      .expect(204);
    // Written once the answer is out: the job runs again (and fails again: no handler).
    await waitFor(async () => {
      const audit = await ctx.t
        .http()
        .get('/api/audit?action=queue.board_action')
        .set(ctx.admin)
        .expect(200);
      return JSON.stringify(audit.body).includes(`"path":"${retry}"`);
    }, 'the audited retry');
  });
});
