import { DataSource } from 'typeorm';
import { OutboxEvent } from '../src/trials/outbox-event.entity.js';
import {
  GATE_AT,
  getTrial,
  nextPhone,
  openTrialFor,
  recordOutcome,
  startTrialsApp,
  type TrialsCtx,
} from './helpers/trials-app.js';
import {
  clockOf,
  confirmationCall,
  declineCall,
  promote,
  queueOf,
  saleCall,
  unreachableCall,
  waitFor,
} from './helpers/trials.js';

/** The contract's Trials section, path by path, against a real Redis. */
describe('trials: from sale to charge or cancellation', () => {
  let ctx: TrialsCtx;
  beforeAll(async () => {
    ctx = await startTrialsApp();
  });
  afterAll(() => ctx.close());

  const jobIds = async () =>
    (await queueOf(ctx.t).getJobs(['delayed', 'waiting'])).map((j) => j.id);
  const step1 = '2026-11-11T10:00:00+08:00';
  const step2 = '2026-11-16T10:00:00+08:00';
  const call = (trialId: number, phone: string, startedAt = '2026-11-11T10:00:00+08:00') => ({
    trialId,
    phone,
    startedAt,
    trialEnd: '2026-11-18',
  });

  it('opens a trial on a valid sale, with both steps and the gate scheduled', async () => {
    const trial = await openTrialFor(ctx, '13900001234');
    expect(trial).toMatchObject({
      phone: '13900001234',
      productCode: 'MUSIC10',
      status: 'trial',
      trialStart: '2026-10-20',
      trialEnd: '2026-11-18',
      extensions: 0,
      chargeGateAt: '2026-11-19T00:00:00.000+08:00',
    });
    expect(trial.confirmations).toEqual([
      expect.objectContaining({
        step: 1,
        dueAt: '2026-11-11T09:00:00.000+08:00',
        status: 'scheduled',
        outcome: null,
        callId: null,
      }),
      expect.objectContaining({
        step: 2,
        dueAt: '2026-11-16T09:00:00.000+08:00',
        status: 'scheduled',
        outcome: null,
        callId: null,
      }),
    ]);
    // Redis holds the trial's next wake-up; the database holds the rest.
    const ids = (await jobIds()).filter((id) => id?.startsWith(`trial-${trial.id}-`));
    expect(ids).toEqual([`trial-${trial.id}-step-1-1`]);
    for (const spelling of ['+86 139 0000 1234', '0086-13900001234', '139-0000-1234']) {
      const res = await ctx.t
        .http()
        .get(`/api/trials?phone=${encodeURIComponent(spelling)}`)
        .set(ctx.auditor)
        .expect(200);
      expect(res.body.map((x: { id: number }) => x.id)).toEqual([trial.id]);
    }
    expect((await getTrial(ctx, trial.id)).id).toBe(trial.id);
  });

  it('opens nothing for a product without trial, an invalid sale, or the same sale again', async () => {
    const phone = nextPhone();
    const sale = saleCall(`S-${phone}`, phone, '2026-10-20T10:12:00+08:00', '2026-11-18');
    await ctx.t
      .http()
      .post('/api/calls')
      .set(ctx.agent)
      .send({ ...sale, externalId: 'NOTRIAL', productCode: 'FLOW20', scriptVersion: 'v1' })
      .expect(201);
    const noIdentity = { ...sale, externalId: 'INVALID', transcript: sale.transcript!.slice(2) };
    const res = await ctx.t.http().post('/api/calls').set(ctx.agent).send(noIdentity).expect(201);
    expect(res.body.compliance.valid).toBe(false);
    expect(
      (await ctx.t.http().get(`/api/trials?phone=${phone}`).set(ctx.agent).expect(200)).body,
    ).toEqual([]);
    await ctx.t.http().post('/api/calls').set(ctx.agent).send(sale).expect(201);
    await ctx.t.http().post('/api/calls').set(ctx.agent).send(sale).expect(200);
    expect(
      (await ctx.t.http().get(`/api/trials?phone=${phone}`).set(ctx.agent).expect(200)).body,
    ).toHaveLength(1);
  });

  it('answers 404 for an unknown trial and 400 naming phone for a bad one', async () => {
    await ctx.t.http().get('/api/trials/999999').set(ctx.agent).expect(404);
    const bad = await ctx.t.http().get('/api/trials?phone=12345').set(ctx.agent).expect(400);
    expect(JSON.stringify(bad.body.message)).toContain('phone');
    const missing = await ctx.t.http().get('/api/trials').set(ctx.agent).expect(400);
    expect(JSON.stringify(missing.body.message)).toContain('phone');
  });

  it('continue twice → confirmed → the gate charges it and writes a billing event', async () => {
    const trial = await openTrialFor(ctx);
    const first = await recordOutcome(
      ctx,
      trial.id,
      1,
      'continue',
      confirmationCall('C1-' + trial.id, call(trial.id, trial.phone)),
      step1,
    );
    expect(first.status).toBe(200);
    expect(first.body.confirmations[0]).toMatchObject({ status: 'done', outcome: 'continue' });
    expect(first.body.status).toBe('trial');
    const second = await recordOutcome(
      ctx,
      trial.id,
      2,
      'continue',
      confirmationCall('C2-' + trial.id, call(trial.id, trial.phone, step2)),
      step2,
    );
    expect(second.status).toBe(200);
    expect(second.body.status).toBe('confirmed');
    expect(second.body.confirmations.map((c: { callId: number }) => c.callId)).toHaveLength(2);

    clockOf(ctx.t).set(GATE_AT);
    await promote(ctx.t, `trial-${trial.id}-gate-1`);
    const charged = await waitFor(async () => {
      const now = await getTrial(ctx, trial.id);
      return now.status === 'charged' && now;
    }, 'the charge');
    expect(charged.status).toBe('charged');
    const outbox = await ctx.t.app
      .get(DataSource)
      .getRepository(OutboxEvent)
      .findBy({ trialId: trial.id });
    expect(outbox).toEqual([
      expect.objectContaining({
        type: 'trial.charged',
        status: 'recorded',
        payload: expect.objectContaining({ trialId: trial.id, chargeFrom: '2026-11-19' }),
      }),
    ]);
  });

  it('decline → cancelled at once, its jobs gone from Redis', async () => {
    const trial = await openTrialFor(ctx);
    const res = await recordOutcome(
      ctx,
      trial.id,
      1,
      'decline',
      declineCall('D-' + trial.id, call(trial.id, trial.phone)),
      step1,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'cancelled', cancelReason: 'declined' });
    const ids = await jobIds();
    expect(ids.filter((id) => id?.startsWith(`trial-${trial.id}-`))).toEqual([]);
  });

  it('unreachable → extended by one period with both steps moved; unreachable again → cancelled', async () => {
    const trial = await openTrialFor(ctx);
    const res = await recordOutcome(
      ctx,
      trial.id,
      1,
      'unreachable',
      unreachableCall('U1-' + trial.id, call(trial.id, trial.phone)),
      step1,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'extended',
      trialEnd: '2026-12-18',
      extensions: 1,
      chargeGateAt: '2026-12-19T00:00:00.000+08:00',
    });
    expect(res.body.confirmations).toEqual([
      expect.objectContaining({
        step: 1,
        status: 'scheduled',
        attempt: 2,
        dueAt: '2026-12-11T09:00:00.000+08:00',
      }),
      expect.objectContaining({
        step: 2,
        status: 'scheduled',
        attempt: 2,
        dueAt: '2026-12-16T09:00:00.000+08:00',
      }),
    ]);
    const ids = (await jobIds()).filter((id) => id?.startsWith(`trial-${trial.id}-`));
    expect(ids).toEqual([`trial-${trial.id}-step-1-2`]);

    const again = await recordOutcome(
      ctx,
      trial.id,
      1,
      'suspended',
      unreachableCall('U2-' + trial.id, call(trial.id, trial.phone, '2026-11-20T10:00:00+08:00')),
      '2026-12-11T10:00:00+08:00',
    );
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: 'cancelled', cancelReason: 'suspended' });
  });

  it('no valid confirmations by the end → the gate cancels (not_confirmed), never charges', async () => {
    const trial = await openTrialFor(ctx);
    await recordOutcome(
      ctx,
      trial.id,
      1,
      'continue',
      confirmationCall('N1-' + trial.id, call(trial.id, trial.phone)),
      step1,
    );
    // Step 2 falls due and is called, but no outcome ever comes.
    clockOf(ctx.t).set('2026-11-16T09:00:00+08:00');
    await promote(ctx.t, `trial-${trial.id}-step-2-1`);
    await waitFor(
      async () => (await getTrial(ctx, trial.id)).confirmations[1].status === 'calling',
      'step 2 calling',
    );
    await waitFor(
      async () => (await queueOf(ctx.t).getJob(`trial-${trial.id}-gate-1`)) !== undefined,
      'the gate job',
    );
    clockOf(ctx.t).set(GATE_AT);
    await promote(ctx.t, `trial-${trial.id}-gate-1`);
    const closed = await waitFor(async () => {
      const now = await getTrial(ctx, trial.id);
      return now.status !== 'trial' && now;
    }, 'the gate');
    expect(closed).toMatchObject({ status: 'cancelled', cancelReason: 'not_confirmed' });
    const outbox = await ctx.t.app
      .get(DataSource)
      .getRepository(OutboxEvent)
      .findBy({ trialId: trial.id });
    expect(outbox.map((e) => [e.type, e.payload.reason])).toEqual([
      ['trial.cancelled', 'not_confirmed'],
    ]);
  });

  it('a step job that fires only after the gate (workers were down) settles the gate, so the trial is not left open', async () => {
    const trial = await openTrialFor(ctx);
    await recordOutcome(
      ctx,
      trial.id,
      1,
      'continue',
      confirmationCall('L1-' + trial.id, call(trial.id, trial.phone)),
      step1,
    );
    // Redis holds step 2 as the next wake-up; it only fires a day after the gate.
    await waitFor(
      async () => (await queueOf(ctx.t).getJob(`trial-${trial.id}-step-2-1`)) !== undefined,
      'the step 2 job',
    );
    clockOf(ctx.t).set('2026-11-20T10:00:00+08:00');
    await promote(ctx.t, `trial-${trial.id}-step-2-1`);
    const closed = await waitFor(async () => {
      const now = await getTrial(ctx, trial.id);
      return now.status !== 'trial' && now;
    }, 'the gate after a late step job');
    expect(closed).toMatchObject({ status: 'cancelled', cancelReason: 'not_confirmed' });
    expect(closed.confirmations[1]).toMatchObject({ status: 'scheduled', outcome: null });
  });
});
