import {
  GATE_AT,
  getTrial,
  openTrialFor,
  recordOutcome,
  startTrialsApp,
  OUTCOME_AT,
  callOpts,
  postOutcome,
  type TrialsCtx,
} from './helpers/trials-app.js';
import { clockOf, confirmationCall, invalidCall, queueOf } from './helpers/trials.js';

/** The outcome rules of the contract: what counts, and what the state forbids. */
describe('trials: recording confirmation outcomes', () => {
  let ctx: TrialsCtx;
  beforeAll(async () => {
    ctx = await startTrialsApp();
  });
  afterAll(() => ctx.close());

  const jobExists = async (id: string) => (await queueOf(ctx.t).getJob(id)) !== undefined;

  it('undecided with the cancel method said: step done as informed, trial not confirmed', async () => {
    const trial = await openTrialFor(ctx);
    const call = confirmationCall(`UD-${trial.id}`, {
      ...callOpts(trial),
      reply: '我再考虑考虑。',
    });
    const res = await recordOutcome(ctx, trial.id, 1, 'undecided', call, OUTCOME_AT);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('trial');
    expect(res.body.confirmations[0]).toMatchObject({ status: 'done', outcome: 'undecided' });
    // A later valid call may still settle the step.
    const later = confirmationCall(`UD2-${trial.id}`, callOpts(trial, '2026-11-12T10:00:00+08:00'));
    const settled = await recordOutcome(
      ctx,
      trial.id,
      1,
      'continue',
      later,
      '2026-11-12T10:00:00+08:00',
    );
    expect(settled.body.confirmations[0]).toMatchObject({ status: 'done', outcome: 'continue' });
  });

  it('will_self_cancel is informed too', async () => {
    const trial = await openTrialFor(ctx);
    const call = confirmationCall(`WS-${trial.id}`, {
      ...callOpts(trial),
      reply: '我到时候自己取消吧。',
    });
    const res = await recordOutcome(ctx, trial.id, 1, 'will_self_cancel', call, OUTCOME_AT);
    expect(res.body.confirmations[0]).toMatchObject({
      status: 'done',
      outcome: 'will_self_cancel',
    });
    expect(res.body.status).toBe('trial');
  });

  it('undecided without the cancel method said: step invalid, due again in the next window', async () => {
    const trial = await openTrialFor(ctx);
    const call = confirmationCall(`UN-${trial.id}`, {
      ...callOpts(trial),
      reply: '我再考虑考虑。',
      withoutCancelMethod: true,
    });
    const res = await recordOutcome(ctx, trial.id, 1, 'undecided', call, OUTCOME_AT);
    expect(res.status).toBe(200);
    expect(res.body.confirmations[0]).toMatchObject({
      status: 'invalid',
      outcome: 'undecided',
      attempt: 2,
      dueAt: '2026-11-12T09:00:00.000+08:00',
    });
    expect(await jobExists(`trial-${trial.id}-step-1-2`)).toBe(true);
    expect(await jobExists(`trial-${trial.id}-step-1-1`)).toBe(false);
  });

  it('a call failing the four standards: step invalid and rescheduled, step 2 pushed behind it', async () => {
    const trial = await openTrialFor(ctx);
    const at = '2026-11-15T19:30:00+08:00';
    const res = await recordOutcome(
      ctx,
      trial.id,
      1,
      'continue',
      invalidCall(`IV-${trial.id}`, callOpts(trial)),
      at,
    );
    expect(res.status).toBe(200);
    expect(res.body.confirmations[0]).toMatchObject({
      status: 'invalid',
      attempt: 2,
      dueAt: '2026-11-16T09:00:00.000+08:00',
    });
    expect(res.body.confirmations[1]).toMatchObject({
      status: 'scheduled',
      attempt: 2,
      dueAt: '2026-11-17T09:00:00.000+08:00',
    });
    expect(await jobExists(`trial-${trial.id}-step-1-2`)).toBe(true);
    expect(await jobExists(`trial-${trial.id}-step-1-1`)).toBe(false);
  });

  it('counts an early call and removes the step job it settles', async () => {
    const trial = await openTrialFor(ctx);
    const early = '2026-10-25T10:00:00+08:00';
    const res = await recordOutcome(
      ctx,
      trial.id,
      1,
      'continue',
      confirmationCall(`E-${trial.id}`, callOpts(trial, early)),
      early,
    );
    expect(res.body.confirmations[0]).toMatchObject({ status: 'done', outcome: 'continue' });
    expect(await jobExists(`trial-${trial.id}-step-1-1`)).toBe(false);
  });

  it('rejects what the state forbids with 409 and the rule code', async () => {
    const trial = await openTrialFor(ctx);
    const c1 = await ctx.t
      .http()
      .post('/api/calls')
      .set(ctx.agent)
      .send(confirmationCall(`R1-${trial.id}`, callOpts(trial)))
      .expect(201);
    clockOf(ctx.t).set(OUTCOME_AT);
    const order = await postOutcome(ctx, trial.id, 2, {
      outcome: 'continue',
      callId: c1.body.id,
    }).expect(409);
    // The rule's code is the body's `code`, no longer flattened into the message.
    expect(order.body).toMatchObject({
      statusCode: 409,
      code: 'STEP_ORDER',
      message: 'Step 2 needs step 1 done first',
    });
    expect(order.body.requestId).toEqual(expect.any(String));
    await postOutcome(ctx, trial.id, 1, { outcome: 'continue', callId: c1.body.id }).expect(200);
    const replay = await postOutcome(ctx, trial.id, 1, {
      outcome: 'continue',
      callId: c1.body.id,
    }).expect(200);
    expect(replay.body.confirmations[0]).toMatchObject({ status: 'done', callId: c1.body.id });
    const same = await postOutcome(ctx, trial.id, 2, {
      outcome: 'continue',
      callId: c1.body.id,
    }).expect(409);
    expect(same.body.code).toBe('SAME_CALL');
    const done = await postOutcome(ctx, trial.id, 1, {
      outcome: 'decline',
      callId: c1.body.id,
    }).expect(409);
    expect(done.body.code).toMatch(/^(STEP_DONE|CALL_ALREADY_USED)$/);

    const c2 = await ctx.t
      .http()
      .post('/api/calls')
      .set(ctx.agent)
      .send(confirmationCall(`R2-${trial.id}`, callOpts(trial)))
      .expect(201);
    clockOf(ctx.t).set(GATE_AT);
    const late = await postOutcome(ctx, trial.id, 2, {
      outcome: 'continue',
      callId: c2.body.id,
    }).expect(409);
    expect(late.body.code).toBe('TRIAL_ENDED');
    expect((await getTrial(ctx, trial.id)).confirmations[1].status).toBe('scheduled');
  });

  it('rejects a closed trial with TRIAL_CLOSED', async () => {
    const trial = await openTrialFor(ctx);
    await ctx.t
      .http()
      .post('/api/blacklist')
      .set(ctx.admin)
      .send({ phone: trial.phone, reason: '严重投诉' })
      .expect(201);
    const c = await ctx.t
      .http()
      .post('/api/calls')
      .set(ctx.agent)
      .send(confirmationCall(`CL-${trial.id}`, callOpts(trial)))
      .expect(201);
    clockOf(ctx.t).set(OUTCOME_AT);
    const res = await postOutcome(ctx, trial.id, 1, {
      outcome: 'continue',
      callId: c.body.id,
    }).expect(409);
    expect(res.body.code).toBe('TRIAL_CLOSED');
  });

  it('masks a trial number for the auditor, who may reveal it (audited); the agent sees it', async () => {
    const trial = await openTrialFor(ctx, '13900004321');
    expect(trial.phone).toBe('13900004321');
    const http = ctx.t.http();
    const seen = await http.get(`/api/trials/${trial.id}`).set(ctx.auditor).expect(200);
    expect(seen.body.phone).toBe('139****4321');
    const shown = await ctx.t
      .http()
      .post('/api/phones/reveal')
      .set(ctx.auditor)
      .send({ kind: 'trial', id: trial.id })
      .expect(200);
    expect(shown.body).toEqual({ kind: 'trial', id: trial.id, phone: '13900004321' });
    const audit = await ctx.t
      .http()
      .get(`/api/audit?action=phone.reveal&entity=trial&entityId=${trial.id}`)
      .set(ctx.admin)
      .expect(200);
    expect(audit.body.items).toHaveLength(1);
  });
});
