import {
  FIXED_SALE,
  nextPhone,
  openTrialFor,
  recordOutcome,
  startTrialsApp,
  OUTCOME_AT,
  callOpts,
  postOutcome,
  type TrialsCtx,
} from './helpers/trials-app.js';
import { clockOf, confirmationCall, saleCall } from './helpers/trials.js';

/** Bad input to an outcome, and the checks on the calls behind it (trialId, trial end). */
describe('trials: outcome input and the calls behind an outcome', () => {
  let ctx: TrialsCtx;
  beforeAll(async () => {
    ctx = await startTrialsApp();
  });
  afterAll(() => ctx.close());

  it('answers 400 naming the field for a bad step, outcome or call, 404 for no trial', async () => {
    const trial = await openTrialFor(ctx);
    const other = await openTrialFor(ctx);
    const c = await ctx.t
      .http()
      .post('/api/calls')
      .set(ctx.agent)
      .send(confirmationCall(`B-${trial.id}`, callOpts(trial)))
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
      const res = await postOutcome(ctx, trial.id, step, body).expect(400);
      expect(JSON.stringify(res.body.message)).toContain(field);
    }
    // A DTO or pipe refusal and a refusal the service found have their own codes.
    const badOutcome = await postOutcome(ctx, trial.id, 1, { outcome: 'maybe', callId: c.body.id });
    expect(badOutcome.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    const badStep = await postOutcome(ctx, trial.id, 3, { outcome: 'continue', callId: c.body.id });
    expect(badStep.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    const notConfirmation = await postOutcome(ctx, trial.id, 1, {
      outcome: 'continue',
      callId: saleId,
    });
    expect(notConfirmation.body).toMatchObject({ statusCode: 400, code: 'INVALID_INPUT' });
    const foreign = await postOutcome(ctx, other.id, 1, {
      outcome: 'continue',
      callId: c.body.id,
    }).expect(400);
    expect(foreign.body.message).toContain('callId');
    const elsewhere = { ...callOpts(trial), phone: '13812345678' };
    const c2 = await ctx.t
      .http()
      .post('/api/calls')
      .set(ctx.agent)
      .send(confirmationCall(`B2-${trial.id}`, elsewhere))
      .expect(201);
    const otherNumber = await postOutcome(ctx, trial.id, 1, {
      outcome: 'continue',
      callId: c2.body.id,
    }).expect(400);
    expect(otherNumber.body.message).toContain('another number');
    await postOutcome(ctx, 999999, 1, { outcome: 'continue', callId: c.body.id }).expect(404);
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
    const call = confirmationCall(`RAW-${trial.id}`, callOpts(trial));
    const ok = await recordOutcome(ctx, trial.id, 1, 'continue', call, OUTCOME_AT);
    expect(ok.status).toBe(200);
    expect(ok.body.confirmations[0]).toMatchObject({ status: 'done', outcome: 'continue' });
    for (const step of ['01', '1.0', '3', '%201']) {
      const res = await postOutcome(ctx, trial.id, step, { outcome: 'continue', callId: 1 }).expect(
        400,
      );
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
    const body = confirmationCall(`T-${trial.id}`, callOpts(trial));
    const none = await ctx.t
      .http()
      .post('/api/calls')
      .set(ctx.agent)
      .send({ ...body, trialId: 999999 })
      .expect(400);
    expect(none.body.message).toContain('trialId');
    const flow = {
      ...saleCall('T-FLOW', trial.phone, OUTCOME_AT, '2026-11-18'),
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
      ...callOpts(trial),
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
      .send(confirmationCall(`RD-${trial.id}`, callOpts(trial)))
      .expect(201);
    expect(right.body.compliance.valid).toBe(true);
  });
});
