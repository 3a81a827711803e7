import { DataSource } from 'typeorm';
import { drawSample } from '../src/qa/domain/index.js';
import { SampleItem } from '../src/qa/sampling/sample-item.entity.js';
import { daySales, importCalls, sale } from './helpers/qa-calls.js';
import {
  type Headers,
  type Item,
  type SamplingApp,
  startSamplingApp,
} from './helpers/sampling-app.js';
import type { TestApp } from './helpers/test-app.js';

/** Quotas on valid recordings, W41 daily and weekly, then what the stored runs reproduce and who they went to. */
describe('QA sampling: quotas, determinism and verification, assignment', () => {
  let t: TestApp;
  let agentToken: string;
  let auditor: Headers;
  let draw: SamplingApp['draw'];
  beforeAll(async () => {
    ({ t, agentToken, auditor, draw } = await startSamplingApp());
  });
  afterAll(() => t.close());

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
});
