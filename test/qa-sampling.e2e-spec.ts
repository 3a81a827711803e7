import { DataSource } from 'typeorm';
import { drawSample } from '../src/qa/domain/index.js';
import { SampleItem } from '../src/qa/sampling/sample-item.entity.js';
import { seedDevCatalogue } from './helpers/catalogue-seed.js';
import {
  CONSENT_FAIL_SALE,
  createAgents,
  daySales,
  drawRun,
  importCalls,
  sale,
} from './helpers/qa-calls.js';
import { ADMIN_TOKEN, bearer, startTestApp, type TestApp } from './helpers/test-app.js';

type Item = { id: number; callId: number; agentCode: string; reason: string };

describe('QA sampling: quotas, spread, local days, determinism, once per period', () => {
  let t: TestApp;
  let agentToken: string;
  let inspector: Record<string, string>;
  let inspector2: Record<string, string>;
  let supervisor: Record<string, string>;
  let auditor: Record<string, string>;
  const admin = bearer(ADMIN_TOKEN);

  beforeAll(async () => {
    t = await startTestApp({ QA_SCHEDULER: 'off' });
    await seedDevCatalogue(t);
    agentToken = await t.tokenFor('agent', 'dialer');
    inspector = bearer(await t.tokenFor('inspector', 'inspector 1'));
    inspector2 = bearer(await t.tokenFor('inspector', 'inspector 2'));
    supervisor = bearer(await t.tokenFor('supervisor', 'supervisor'));
    auditor = bearer(await t.tokenFor('auditor', 'carrier auditor'));
  });
  afterAll(() => t.close());

  const draw = (tier: string, period: string, who = supervisor) => drawRun(t, who, tier, period);

  describe('quota = ceil(rate × population), on valid recordings only', () => {
    // Week 2026-W41 is Monday 10-05 to Sunday 10-11.
    const days: [string, number, number][] = [
      ['2026-10-05', 1, 1],
      ['2026-10-06', 9, 1],
      ['2026-10-07', 10, 1],
      ['2026-10-08', 11, 2],
      ['2026-10-09', 101, 11],
    ];

    beforeAll(async () => {
      const calls = days.flatMap(([date, n]) => daySales(`Q${date}`, date, 'A001', n));
      // Not 有效录音: a refusal, a sale without recording, a remedial call.
      calls.push(
        sale('Q-REFUSED', {
          agentCode: 'A001',
          startedAt: '2026-10-09T15:00:00+08:00',
          outcome: 'refused',
        }),
        sale('Q-NOREC', {
          agentCode: 'A001',
          startedAt: '2026-10-09T15:01:00+08:00',
          recording: false,
        }),
        sale('Q-REMEDIAL', {
          agentCode: 'A001',
          startedAt: '2026-10-09T15:02:00+08:00',
          purpose: 'remedial',
        }),
      );
      await importCalls(t, agentToken, calls);
    });

    it.each(days)('daily %s: %i valid recordings → %i sampled', async (date, n, quota) => {
      const res = await draw('daily', date).expect(201);
      expect(res.body).toMatchObject({
        tier: 'daily',
        period: date,
        populationSize: n,
        quota,
        sampleSize: quota,
        rate: 0.1,
        reviewerRole: 'inspector',
        complete: true,
      });
      expect(res.body.seed).toMatch(/^[0-9a-f]{32}$/);
      expect(res.body.items).toHaveLength(quota);
      expect(res.body.items.every((i: Item) => i.reason === 'random')).toBe(true);
    });

    it('weekly W41: 5% of 132 is 7, avoiding calls the daily tier already sampled', async () => {
      const res = await draw('weekly', '2026-W41').expect(201);
      expect(res.body).toMatchObject({ populationSize: 132, quota: 7, sampleSize: 7 });
      const daily = await t.http().get('/api/qa/sampling-runs?tier=daily').set(auditor).expect(200);
      const dailyCalls = new Set<number>();
      for (const run of daily.body) {
        const detail = await t.http().get(`/api/qa/sampling-runs/${run.id}`).set(auditor);
        for (const item of detail.body.items) dailyCalls.add(item.callId);
      }
      expect(dailyCalls.size).toBe(16);
      expect(res.body.items.filter((i: Item) => dailyCalls.has(i.callId))).toEqual([]);
      const population = await t
        .http()
        .get(`/api/qa/sampling-runs/${res.body.id}/population`)
        .set(auditor)
        .expect(200);
      expect(
        population.body.calls.filter((c: { alreadyReviewed: boolean }) => c.alreadyReviewed),
      ).toHaveLength(16);
    });
  });

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

  it('is deterministic: the stored seed and population give the same items, and verify says so', async () => {
    const run = (await draw('daily', '2026-10-09').expect(200)).body;
    const population = await t
      .http()
      .get(`/api/qa/sampling-runs/${run.id}/population`)
      .set(auditor)
      .expect(200);
    const again = drawSample({ seed: run.seed, rate: run.rate, population: population.body.calls });
    expect(again.items.map((i) => [i.callId, i.reason])).toEqual(
      run.items.map((i: Item) => [i.callId, i.reason]),
    );
    const otherSeed = drawSample({
      seed: 'another',
      rate: run.rate,
      population: population.body.calls,
    });
    expect(otherSeed.items.map((i) => i.callId)).not.toEqual(run.items.map((i: Item) => i.callId));
    const verify = await t
      .http()
      .get(`/api/qa/sampling-runs/${run.id}/verify`)
      .set(auditor)
      .expect(200);
    expect(verify.body).toMatchObject({ reproduced: true, missing: [], unexpected: [], quota: 11 });
  });

  it('verify notices a stored draw that was changed afterwards', async () => {
    const run = (await draw('daily', '2026-10-08').expect(200)).body;
    await t.app
      .get(DataSource)
      .getRepository(SampleItem)
      .update(run.items[0].id, { reason: 'flagged' });
    const verify = await t.http().get(`/api/qa/sampling-runs/${run.id}/verify`).set(auditor);
    expect(verify.body.reproduced).toBe(false);
    expect(verify.body.unexpected).toEqual([
      expect.objectContaining({ callId: run.items[0].callId, reason: 'flagged' }),
    ]);
    expect(verify.body.missing).toEqual([
      expect.objectContaining({ callId: run.items[0].callId, reason: 'random' }),
    ]);
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

  it('assigns items to the tier role, least-loaded first', async () => {
    const run = (await draw('daily', '2026-10-09').expect(200)).body;
    const byAssignee: Record<string, number> = {};
    for (const item of run.items)
      byAssignee[item.assignee.name] = (byAssignee[item.assignee.name] ?? 0) + 1;
    expect(Object.keys(byAssignee).sort()).toEqual(['inspector 1', 'inspector 2']);
    const weekly = (await draw('weekly', '2026-W41').expect(200)).body;
    expect(
      weekly.items.every((i: { assignee: { name: string } }) => i.assignee.name === 'supervisor'),
    ).toBe(true);
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
