import {
  FIXED_SALE,
  GATE_AT,
  nextPhone,
  getTrial,
  openTrialFor,
  recordOutcome,
  startTrialsApp,
  type TrialsCtx,
} from './helpers/trials-app.js';
import { clockOf, confirmationCall, invalidCall, queueOf, saleCall } from './helpers/trials.js';

/** The outcome rules of the contract: what counts, what is rejected, and how. */
describe('trials: recording confirmation outcomes', () => {
  let ctx: TrialsCtx;
  beforeAll(async () => {
    ctx = await startTrialsApp();
  });
  afterAll(() => ctx.close());

  const AT = '2026-11-11T10:00:00+08:00';
  const opts = (trial: { id: number; phone: string }, startedAt = AT) => ({
    trialId: trial.id,
    phone: trial.phone,
    startedAt,
    trialEnd: '2026-11-18',
  });
  const jobExists = async (id: string) => (await queueOf(ctx.t).getJob(id)) !== undefined;
  const post = (trialId: number, step: number | string, body: object) =>
    ctx.t
      .http()
      .post(`/api/trials/${trialId}/confirmations/${step}/outcome`)
      .set(ctx.agent)
      .send(body);

  it('undecided with the cancel method said: step done as informed, trial not confirmed', async () => {
    const trial = await openTrialFor(ctx);
    const call = confirmationCall(`UD-${trial.id}`, { ...opts(trial), reply: '我再考虑考虑。' });
    const res = await recordOutcome(ctx, trial.id, 1, 'undecided', call, AT);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('trial');
    expect(res.body.confirmations[0]).toMatchObject({ status: 'done', outcome: 'undecided' });
    // A later valid call may still settle the step.
    const later = confirmationCall(`UD2-${trial.id}`, opts(trial, '2026-11-12T10:00:00+08:00'));
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
      ...opts(trial),
      reply: '我到时候自己取消吧。',
    });
    const res = await recordOutcome(ctx, trial.id, 1, 'will_self_cancel', call, AT);
    expect(res.body.confirmations[0]).toMatchObject({
      status: 'done',
      outcome: 'will_self_cancel',
    });
    expect(res.body.status).toBe('trial');
  });

  it('undecided without the cancel method said: step invalid, due again in the next window', async () => {
    const trial = await openTrialFor(ctx);
    const call = confirmationCall(`UN-${trial.id}`, {
      ...opts(trial),
      reply: '我再考虑考虑。',
      withoutCancelMethod: true,
    });
    const res = await recordOutcome(ctx, trial.id, 1, 'undecided', call, AT);
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
      invalidCall(`IV-${trial.id}`, opts(trial)),
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
      confirmationCall(`E-${trial.id}`, opts(trial, early)),
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
      .send(confirmationCall(`R1-${trial.id}`, opts(trial)))
      .expect(201);
    clockOf(ctx.t).set(AT);
    const order = await post(trial.id, 2, { outcome: 'continue', callId: c1.body.id }).expect(409);
    // The rule's code is the body's `code`, no longer flattened into the message.
    expect(order.body).toMatchObject({
      statusCode: 409,
      code: 'STEP_ORDER',
      message: 'Step 2 needs step 1 done first',
    });
    expect(order.body.requestId).toEqual(expect.any(String));
    await post(trial.id, 1, { outcome: 'continue', callId: c1.body.id }).expect(200);
    const replay = await post(trial.id, 1, { outcome: 'continue', callId: c1.body.id }).expect(200);
    expect(replay.body.confirmations[0]).toMatchObject({ status: 'done', callId: c1.body.id });
    const same = await post(trial.id, 2, { outcome: 'continue', callId: c1.body.id }).expect(409);
    expect(same.body.code).toBe('SAME_CALL');
    const done = await post(trial.id, 1, { outcome: 'decline', callId: c1.body.id }).expect(409);
    expect(done.body.code).toMatch(/^(STEP_DONE|CALL_ALREADY_USED)$/);

    const c2 = await ctx.t
      .http()
      .post('/api/calls')
      .set(ctx.agent)
      .send(confirmationCall(`R2-${trial.id}`, opts(trial)))
      .expect(201);
    clockOf(ctx.t).set(GATE_AT);
    const late = await post(trial.id, 2, { outcome: 'continue', callId: c2.body.id }).expect(409);
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
      .send(confirmationCall(`CL-${trial.id}`, opts(trial)))
      .expect(201);
    clockOf(ctx.t).set(AT);
    const res = await post(trial.id, 1, { outcome: 'continue', callId: c.body.id }).expect(409);
    expect(res.body.code).toBe('TRIAL_CLOSED');
  });

  it('answers 400 naming the field for a bad step, outcome or call, 404 for no trial', async () => {
    const trial = await openTrialFor(ctx);
    const other = await openTrialFor(ctx);
    const c = await ctx.t
      .http()
      .post('/api/calls')
      .set(ctx.agent)
      .send(confirmationCall(`B-${trial.id}`, opts(trial)))
      .expect(201);
    const saleId = trial.saleCallId;
    const cases: [number | string, object, string][] = [
      [3, { outcome: 'continue', callId: c.body.id }, 'step'],
      ['one', { outcome: 'continue', callId: c.body.id }, 'step'],
      [1, { outcome: 'maybe', callId: c.body.id }, 'outcome'],
      [1, { outcome: 'continue', callId: 'x' }, 'callId'],
      [1, { outcome: 'continue' }, 'callId'],
      [1, { outcome: 'continue', callId: 99999 }, 'callId'],
      [1, { outcome: 'continue', callId: saleId }, 'callId'],
    ];
    for (const [step, body, field] of cases) {
      const res = await post(trial.id, step, body).expect(400);
      expect(JSON.stringify(res.body.message)).toContain(field);
    }
    // A DTO or pipe refusal and a refusal the service found have their own codes.
    const badOutcome = await post(trial.id, 1, { outcome: 'maybe', callId: c.body.id });
    expect(badOutcome.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    const badStep = await post(trial.id, 3, { outcome: 'continue', callId: c.body.id });
    expect(badStep.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    const notConfirmation = await post(trial.id, 1, { outcome: 'continue', callId: saleId });
    expect(notConfirmation.body).toMatchObject({ statusCode: 400, code: 'INVALID_INPUT' });
    const foreign = await post(other.id, 1, { outcome: 'continue', callId: c.body.id }).expect(400);
    expect(foreign.body.message).toContain('callId');
    const elsewhere = { ...opts(trial), phone: '13812345678' };
    const c2 = await ctx.t
      .http()
      .post('/api/calls')
      .set(ctx.agent)
      .send(confirmationCall(`B2-${trial.id}`, elsewhere))
      .expect(201);
    const otherNumber = await post(trial.id, 1, { outcome: 'continue', callId: c2.body.id }).expect(
      400,
    );
    expect(otherNumber.body.message).toContain('another number');
    await post(999999, 1, { outcome: 'continue', callId: c.body.id }).expect(404);
    await ctx.t
      .http()
      .post(`/api/trials/${trial.id}/confirmations/1/outcome`)
      .set(ctx.auditor)
      .send({ outcome: 'continue', callId: c.body.id })
      .expect(403);
  });

  // Regression: the global ValidationPipe used to convert "1" to 1 when tsc emitted Number for
  // StepNumber, so ParseStepPipe refused every step in dist/; and ids like 0x10 or 1e3 passed.
  it('route params reach their pipes as sent: step "1" is accepted, non-decimal ids are 400', async () => {
    const trial = await openTrialFor(ctx);
    const call = confirmationCall(`RAW-${trial.id}`, opts(trial));
    const ok = await recordOutcome(ctx, trial.id, 1, 'continue', call, AT);
    expect(ok.status).toBe(200);
    expect(ok.body.confirmations[0]).toMatchObject({ status: 'done', outcome: 'continue' });
    for (const step of ['01', '1.0', '3', '%201']) {
      const res = await post(trial.id, step, { outcome: 'continue', callId: 1 }).expect(400);
      expect(res.body.message).toContain('step');
    }
    for (const id of ['0x10', '1e3', '%201', '0', '-1', '1.5']) {
      const res = await ctx.t.http().get(`/api/trials/${id}`).set(ctx.agent).expect(400);
      expect(res.body.message).toContain('id must be a positive integer');
    }
  });

  it('a sale names the trial it opened; its page lists reviews; a 404 is audited as 404', async () => {
    const phone = nextPhone();
    clockOf(ctx.t).set(FIXED_SALE.clock);
    const posted = await ctx.t
      .http()
      .post('/api/calls')
      .set(ctx.agent)
      .send(saleCall(`SALE-LINK-${phone}`, phone, FIXED_SALE.at, FIXED_SALE.trialEnd))
      .expect(201);
    const [trial] = (await ctx.t.http().get(`/api/trials?phone=${phone}`).set(ctx.agent)).body;
    expect(posted.body.trialId).toBe(trial.id);
    const page = await ctx.t.http().get(`/api/calls/${posted.body.id}`).set(ctx.auditor);
    expect(page.status).toBe(200);
    expect(page.body.reviews).toEqual([]);
    await ctx.t
      .http()
      .put('/api/calls/999999/recording')
      .set(ctx.agent)
      .set('content-type', 'audio/mpeg')
      .send(Buffer.from('x'))
      .expect(404);
    const audit = await ctx.t
      .http()
      .get('/api/audit?action=recording.upload')
      .set(ctx.admin)
      .expect(200);
    expect(audit.body.items[0]).toMatchObject({
      path: '/api/calls/999999/recording',
      statusCode: 404,
    });
  });

  it('checks trialId on stored calls: it must exist and be for the same product', async () => {
    const trial = await openTrialFor(ctx);
    const body = confirmationCall(`T-${trial.id}`, opts(trial));
    const none = await ctx.t
      .http()
      .post('/api/calls')
      .set(ctx.agent)
      .send({ ...body, trialId: 999999 })
      .expect(400);
    expect(none.body.message).toContain('trialId');
    const flow = {
      ...saleCall('T-FLOW', trial.phone, AT, '2026-11-18'),
      purpose: 'confirmation',
      productCode: 'FLOW20',
      scriptVersion: 'v1',
      trialId: trial.id,
    };
    const wrong = await ctx.t.http().post('/api/calls').set(ctx.agent).send(flow).expect(400);
    expect(wrong.body.message).toContain('trialId');
    // The bulk import applies the same check, row by row.
    const ndjson = [body, { ...body, externalId: `T2-${trial.id}`, trialId: 999999 }]
      .map((r) => JSON.stringify(r))
      .join('\n');
    const report = await ctx.t
      .http()
      .post('/api/calls/import')
      .set(ctx.agent)
      .set('Content-Type', 'application/x-ndjson')
      .send(ndjson)
      .expect(200);
    expect(report.body).toMatchObject({ created: 1, failed: 1 });
    expect(report.body.errors[0]).toMatchObject({
      line: 2,
      message: expect.stringContaining('trialId'),
    });
  });

  it('gives the checker the trial end: a confirmation stating another date fails the script', async () => {
    const trial = await openTrialFor(ctx);
    const wrongDate = confirmationCall(`WD-${trial.id}`, {
      ...opts(trial),
      trialEnd: '2026-11-25',
    });
    const res = await ctx.t.http().post('/api/calls').set(ctx.agent).send(wrongDate).expect(201);
    expect(res.body.compliance.rules.script).toMatchObject({
      result: 'fail',
      missing: ['trial_end'],
    });
    const right = await ctx.t
      .http()
      .post('/api/calls')
      .set(ctx.agent)
      .send(confirmationCall(`RD-${trial.id}`, opts(trial)))
      .expect(201);
    expect(right.body.compliance.valid).toBe(true);
  });
});
