import {
  CONSENT_FAIL_SALE,
  createAgents,
  daySales,
  importCalls,
  sale,
} from './helpers/qa-calls.js';
import {
  type Headers,
  type Item,
  type SamplingApp,
  startSamplingApp,
} from './helpers/sampling-app.js';
import { ADMIN_TOKEN, bearer, type TestApp } from './helpers/test-app.js';

/** How a draw spreads, which local day a call is in, what is flagged, once per period, who may draw, the plan. */
describe('QA sampling: spread, local days, flagged calls, once per period, access, the plan', () => {
  let t: TestApp;
  let agentToken: string;
  let inspector: Headers;
  let inspector2: Headers;
  let supervisor: Headers;
  let auditor: Headers;
  let admin: Headers;
  let draw: SamplingApp['draw'];
  beforeAll(async () => {
    ({ t, agentToken, inspector, inspector2, supervisor, auditor, admin, draw } =
      await startSamplingApp());
  });
  afterAll(() => t.close());

  it('spreads the random share across agents: everyone at least one, the rest by size', async () => {
    await createAgents(t, ADMIN_TOKEN, ['S1', 'S2', 'S3', 'S4']);
    await importCalls(t, agentToken, [
      ...daySales('SP1', '2026-10-12', 'S1', 40),
      ...daySales('SP2', '2026-10-12', 'S2', 25),
      ...daySales('SP3', '2026-10-12', 'S3', 4),
      ...daySales('SP4', '2026-10-12', 'S4', 1),
    ]);
    const res = await draw('daily', '2026-10-12').expect(201);
    expect(res.body).toMatchObject({ populationSize: 70, quota: 7, sampleSize: 7 });
    const perAgent: Record<string, number> = {};
    for (const item of res.body.items as Item[])
      perAgent[item.agentCode] = (perAgent[item.agentCode] ?? 0) + 1;
    // One each, then 3 more split by (size − 1) = 39:24:3:0 with largest remainder.
    expect(perAgent).toEqual({ S1: 3, S2: 2, S3: 1, S4: 1 });
  });

  it('puts a call at 00:10 local in that local day, though it is the previous day in UTC', async () => {
    const late = sale('LD-2350', { agentCode: 'A002', startedAt: '2026-10-14T23:50:00+08:00' });
    const early = sale('LD-0010', { agentCode: 'A002', startedAt: '2026-10-14T16:10:00Z' });
    const a = await t.http().post('/api/calls').set(bearer(agentToken)).send(late).expect(201);
    const b = await t.http().post('/api/calls').set(bearer(agentToken)).send(early).expect(201);
    expect(b.body.localDate).toBe('2026-10-15');
    const day14 = await draw('daily', '2026-10-14').expect(201);
    const day15 = await draw('daily', '2026-10-15').expect(201);
    expect(day14.body.items.map((i: Item) => i.callId)).toEqual([a.body.id]);
    expect(day15.body.items.map((i: Item) => i.callId)).toEqual([b.body.id]);
    expect(day15.body.periodStart).toBe('2026-10-14T16:00:00.000Z');
  });

  it('flags every call the checker did not pass, on top of the random quota', async () => {
    await importCalls(t, agentToken, [
      ...daySales('FL', '2026-10-16', 'A003', 20),
      sale('FL-NR1', { agentCode: 'A003', startedAt: '2026-10-16T18:00:00+08:00', flagged: true }),
      sale('FL-NR2', { agentCode: 'A004', startedAt: '2026-10-16T18:01:00+08:00', flagged: true }),
    ]);
    const res = await draw('daily', '2026-10-16').expect(201);
    expect(res.body).toMatchObject({ populationSize: 22, quota: 3, sampleSize: 5 });
    expect(res.body.reasons).toEqual({ random: 3, recheck: 0, flagged: 2 });
  });

  it('draws a checker-invalid sale without a recording, and its queue item says the audio is missing', async () => {
    await importCalls(t, agentToken, [
      ...daySales('NA', '2026-10-23', 'A001', 10),
      sale('NA-INV', {
        agentCode: 'A002',
        startedAt: '2026-10-23T15:00:00+08:00',
        base: CONSENT_FAIL_SALE,
        recording: false,
      }),
    ]);
    const res = await draw('daily', '2026-10-23', inspector).expect(201);
    expect(res.body).toMatchObject({ populationSize: 11 });
    expect(res.body.reasons.flagged).toBe(1);
    const queues = await Promise.all(
      [inspector, inspector2].map((who) => t.http().get('/api/qa/queue?limit=500').set(who)),
    );
    const items = queues.flatMap((q) => q.body.items ?? q.body);
    const missing = items.find(
      (i: { call: { externalId: string } }) => i.call.externalId === 'NA-INV',
    );
    expect(missing).toMatchObject({
      reason: 'flagged',
      audioMissing: true,
      automaticVerdict: 'invalid',
      call: { hasRecording: false },
    });
    expect(missing.call.transcript.length).toBeGreaterThan(0);
  });

  it('draws a period once: ten concurrent requests give one 201 and nine 200 with the same run', async () => {
    await importCalls(t, agentToken, daySales('CC', '2026-10-19', 'A002', 30));
    const server = t.app.getHttpServer();
    if (!server.address()) await new Promise<void>((resolve) => server.listen(0, resolve));
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => draw('daily', '2026-10-19')),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    expect(new Set(responses.map((r) => JSON.stringify(r.body.items))).size).toBe(1);
    const runs = await t
      .http()
      .get('/api/qa/sampling-runs?from=2026-10-19&to=2026-10-19')
      .set(auditor);
    expect(runs.body.filter((r: { tier: string }) => r.tier === 'daily')).toHaveLength(1);
  });

  it('checks who may draw and what a period is', async () => {
    await draw('weekly', '2026-W42', inspector).expect(403);
    await draw('daily', '2026-10-20', inspector).expect(201);
    await draw('daily', '2026-10-21', auditor).expect(403);
    await draw('daily', '2026-10-21', bearer(agentToken)).expect(403);
    const bad = await draw('daily', '2026-13-01').expect(400);
    expect(JSON.stringify(bad.body.message)).toContain('period');
    await draw('weekly', '2026-10-21').expect(400);
    await draw('monthly', '2026-10').expect(400);
    const future = await draw('daily', '2999-01-01').expect(400);
    expect(future.body.message).toContain('not started');
    // Today (and this week) are still going: refused, and nothing is stored for them.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
      new Date(),
    );
    const partial = await draw('daily', today).expect(400);
    expect(partial.body.message).toMatch(/^period: .* has not ended yet/);
    const runs = await t.http().get('/api/qa/sampling-runs').set(auditor).expect(200);
    expect(JSON.stringify(runs.body)).not.toContain(`"period":"${today}"`);
    await t.http().get('/api/qa/sampling-runs/999999').set(auditor).expect(404);
    await t.http().get('/api/qa/sampling-runs').set(bearer(agentToken)).expect(403);
  });

  it('lets admins edit the plan, and a run keeps the rate it was drawn with', async () => {
    const before = await t.http().get('/api/qa/plans').set(auditor).expect(200);
    expect(before.body).toMatchObject({
      daily: { rate: 0.1, reviewerRole: 'inspector', reviewDueBusinessDays: 2 },
      weekly: { rate: 0.05, reviewerRole: 'supervisor', reviewDueBusinessDays: 2 },
      recheck: { releaseAfterPasses: 5, releaseAfterBusinessDays: 10 },
    });
    await t
      .http()
      .put('/api/qa/plans')
      .set(supervisor)
      .send({ daily: { rate: 0.2 } })
      .expect(403);
    await t
      .http()
      .put('/api/qa/plans')
      .set(admin)
      .send({ daily: { rate: 1.5 } })
      .expect(400);
    await t
      .http()
      .put('/api/qa/plans')
      .set(admin)
      .send({ daily: { reviewerRole: 'agent' } })
      .expect(400);
    const put = await t
      .http()
      .put('/api/qa/plans')
      .set(admin)
      .send({ daily: { rate: 0.2 } })
      .expect(200);
    expect(put.body.daily.rate).toBe(0.2);
    expect(put.body.updatedBy).toBeTruthy();
    await importCalls(t, agentToken, daySales('PL', '2026-10-22', 'A001', 10));
    const run = await draw('daily', '2026-10-22').expect(201);
    expect(run.body).toMatchObject({ rate: 0.2, quota: 2 });
    await t
      .http()
      .put('/api/qa/plans')
      .set(admin)
      .send({ daily: { rate: 0.1 } })
      .expect(200);
    const verify = await t.http().get(`/api/qa/sampling-runs/${run.body.id}/verify`).set(auditor);
    expect(verify.body.reproduced).toBe(true);
  });
});
