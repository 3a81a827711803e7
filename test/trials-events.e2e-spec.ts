import { DataSource } from 'typeorm';
import { CallsService } from '../src/calls/calls.service.js';
import { JobName } from '../src/trials/jobs/job-names.js';
import {
  getTrial,
  nextPhone,
  openTrialFor,
  startTrialsApp,
  type TrialsCtx,
} from './helpers/trials-app.js';
import { clockOf, handlersOf, promote, queueOf, saleCall, waitFor } from './helpers/trials.js';

/** What happens to a trial from outside: blacklisting, QA reviews. */
describe('trials: blacklist and sale verdicts', () => {
  let ctx: TrialsCtx;
  beforeAll(async () => {
    ctx = await startTrialsApp();
  });
  afterAll(() => ctx.close());

  const jobsOf = async (trialId: number) =>
    (await queueOf(ctx.t).getJobs(['delayed', 'waiting', 'active']))
      .map((j) => j.id)
      .filter((id) => id?.startsWith(`trial-${trialId}-`));

  it('blacklisted during the trial: cancelled, its jobs removed, never called or charged', async () => {
    const trial = await openTrialFor(ctx);
    // Step 1 is being called when the number is blacklisted.
    clockOf(ctx.t).set('2026-11-11T09:00:00+08:00');
    await promote(ctx.t, `trial-${trial.id}-step-1-1`);
    await waitFor(
      async () => (await getTrial(ctx, trial.id)).confirmations[0].status === 'calling',
      'step 1 calling',
    );
    const due = await ctx.t.http().get('/api/confirmations/due').set(ctx.agent).expect(200);
    expect(due.body.map((d: { trialId: number }) => d.trialId)).toContain(trial.id);

    await ctx.t
      .http()
      .post('/api/blacklist')
      .set(ctx.admin)
      .send({ phone: `+86 ${trial.phone}`, reason: '严重投诉' })
      .expect(201);
    expect(await getTrial(ctx, trial.id)).toMatchObject({
      status: 'cancelled',
      cancelReason: 'blacklisted',
    });
    expect(await jobsOf(trial.id)).toEqual([]);
    const after = await ctx.t.http().get('/api/confirmations/due').set(ctx.agent).expect(200);
    expect(after.body.map((d: { trialId: number }) => d.trialId)).not.toContain(trial.id);

    // A gate job that escaped removal changes nothing.
    clockOf(ctx.t).set('2026-11-19T00:00:00+08:00');
    const handlers = handlersOf(ctx.t);
    await expect(
      handlers.dispatch({ name: JobName.ChargeGate, data: { trialId: trial.id, seq: 1 } }),
    ).resolves.toMatchObject({ status: 'skipped' });
    await expect(
      handlers.dispatch({
        name: JobName.StepDue,
        data: { trialId: trial.id, step: 2, attempt: 1 },
      }),
    ).resolves.toMatchObject({ status: 'skipped' });
    expect((await getTrial(ctx, trial.id)).status).toBe('cancelled');
  });

  it('a sale to a number already blacklisted opens its trial cancelled, with nothing scheduled', async () => {
    const phone = nextPhone();
    await ctx.t
      .http()
      .post('/api/blacklist')
      .set(ctx.admin)
      .send({ phone, reason: '投诉' })
      .expect(201);
    const trial = await openTrialFor(ctx, phone);
    expect(trial).toMatchObject({ status: 'cancelled', cancelReason: 'blacklisted' });
    expect(await jobsOf(trial.id)).toEqual([]);
  });

  it('a sale a QA review makes invalid cancels its trial', async () => {
    const trial = await openTrialFor(ctx);
    await ctx.t.app.get(CallsService).setReviewedVerdict(trial.saleCallId, 'invalid');
    expect(await getTrial(ctx, trial.id)).toMatchObject({
      status: 'cancelled',
      cancelReason: 'sale_invalid',
    });
    expect(await jobsOf(trial.id)).toEqual([]);
  });

  it('an overturn (verdict valid again) before the gate reinstates the trial and its jobs', async () => {
    const trial = await openTrialFor(ctx);
    const calls = ctx.t.app.get(CallsService);
    await calls.setReviewedVerdict(trial.saleCallId, 'invalid');
    expect(await jobsOf(trial.id)).toEqual([]);
    await calls.setReviewedVerdict(trial.saleCallId, 'valid');
    const back = await getTrial(ctx, trial.id);
    expect(back).toMatchObject({ status: 'trial', cancelReason: null, trialEnd: trial.trialEnd });
    expect(back.confirmations.map((c) => [c.status, c.attempt])).toEqual([
      ['scheduled', 2],
      ['scheduled', 2],
    ]);
    expect(await jobsOf(trial.id)).toEqual([`trial-${trial.id}-step-1-2`]);
  });

  it('an overturn after the gate leaves the trial cancelled: it was never confirmed in time', async () => {
    const trial = await openTrialFor(ctx);
    const calls = ctx.t.app.get(CallsService);
    await calls.setReviewedVerdict(trial.saleCallId, 'invalid');
    // Just past the gate (00:00 of the day after trialEnd).
    clockOf(ctx.t).set(Date.parse(`${trial.trialEnd}T23:59:59+08:00`) + 2_000);
    await calls.setReviewedVerdict(trial.saleCallId, 'valid');
    expect(await getTrial(ctx, trial.id)).toMatchObject({
      status: 'cancelled',
      cancelReason: 'sale_invalid',
    });
    expect(await jobsOf(trial.id)).toEqual([]);
  });

  it('a remedial call-back where the customer did not agree cancels the trial', async () => {
    const trial = await openTrialFor(ctx);
    const calls = ctx.t.app.get(CallsService);
    await ctx.t.app
      .get(DataSource)
      .transaction((tx) => calls.settleHeldSale(trial.saleCallId, false, tx));
    expect(await getTrial(ctx, trial.id)).toMatchObject({
      status: 'cancelled',
      cancelReason: 'sale_invalid',
    });
    expect(await jobsOf(trial.id)).toEqual([]);
  });

  it('a held sale opens its trial once a review finds it valid', async () => {
    const phone = nextPhone();
    const { transcript: _t, ...held } = saleCall(
      `H-${phone}`,
      phone,
      '2026-10-20T10:12:00+08:00',
      '2026-11-18',
    );
    clockOf(ctx.t).set('2026-10-21T10:00:00+08:00');
    const call = await ctx.t.http().post('/api/calls').set(ctx.agent).send(held).expect(201);
    expect(call.body.saleStatus).toBe('held');
    expect((await ctx.t.http().get(`/api/trials?phone=${phone}`).set(ctx.agent)).body).toEqual([]);
    await ctx.t.app.get(CallsService).setReviewedVerdict(call.body.id, 'valid');
    const [trial] = (await ctx.t.http().get(`/api/trials?phone=${phone}`).set(ctx.agent)).body;
    expect(trial).toMatchObject({
      status: 'trial',
      trialStart: '2026-10-20',
      trialEnd: '2026-11-18',
    });
    expect(await jobsOf(trial.id)).toEqual([`trial-${trial.id}-step-1-1`]);
  });
});
