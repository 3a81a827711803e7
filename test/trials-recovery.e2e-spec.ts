import { Redis as RedisClient } from 'ioredis';
import { RedisMonitor } from '../src/common/redis/redis-monitor.js';
import {
  getTrial,
  nextPhone,
  openTrialFor,
  recentSale,
  recordOutcome,
  startTrialsApp,
  type TrialsCtx,
} from './helpers/trials-app.js';
import {
  confirmationCall,
  invalidCall,
  queueOf,
  reconcilerOf,
  unreachableCall,
  waitFor,
} from './helpers/trials.js';
import { startRedis } from './setup/redis-server.mjs';

/**
 * Redis keeps nothing on disk here: the database must be enough to rebuild
 * every job. These tests run on real time (a restarted service has a real
 * clock), with sales made three hours ago.
 */
describe('trials: nothing lost when Redis loses everything', () => {
  let ctx: TrialsCtx;
  const sale = recentSale();
  beforeAll(async () => {
    ctx = await startTrialsApp();
  });
  afterAll(() => ctx.close());

  const pendingIds = async (c: TrialsCtx) =>
    (await queueOf(c.t).getJobs(['delayed', 'waiting'])).map((j) => j.id!).sort();
  const o = (t: { id: number; phone: string }) => ({
    trialId: t.id,
    phone: t.phone,
    startedAt: new Date(Date.now() - 3_600_000).toISOString(),
    trialEnd: sale.trialEnd,
  });

  it('wiping Redis and restarting the service restores every pending job', async () => {
    const [a, b, c] = [
      await openTrialFor(ctx, nextPhone(), sale),
      await openTrialFor(ctx, nextPhone(), sale),
      await openTrialFor(ctx, nextPhone(), sale),
    ];
    expect(
      (await recordOutcome(ctx, a.id, 1, 'continue', confirmationCall(`RA-${a.id}`, o(a)), null))
        .body.confirmations[0].status,
    ).toBe('done');
    expect(
      (await recordOutcome(ctx, b.id, 1, 'continue', invalidCall(`RB-${b.id}`, o(b)), null)).body
        .confirmations[0].status,
    ).toBe('invalid');
    expect(
      (await recordOutcome(ctx, c.id, 1, 'unreachable', unreachableCall(`RC-${c.id}`, o(c)), null))
        .body.status,
    ).toBe('extended');
    const before = await pendingIds(ctx);
    expect(before).toEqual(
      [`trial-${a.id}-step-2-1`, `trial-${b.id}-step-1-2`, `trial-${c.id}-step-1-2`].sort(),
    );

    const client = new RedisClient(ctx.redis.url);
    await client.flushall();
    await client.quit();
    expect(await pendingIds(ctx)).toEqual([]);

    const db = { dataDir: ctx.t.dataDir, schema: ctx.t.schema };
    await ctx.t.close({ keepData: true });
    ctx = await startTrialsApp({}, { redis: ctx.redis, db });
    const after = await waitFor(async () => {
      const ids = await pendingIds(ctx);
      return ids.length >= before.length && ids;
    }, 'the start-up reconcile');
    expect(after).toEqual(before);
    const delays = await Promise.all(
      after.map(async (id) => (await queueOf(ctx.t).getJob(id))!.delay),
    );
    expect(Math.min(...delays)).toBeGreaterThan(60_000);
    expect((await getTrial(ctx, c.id)).status).toBe('extended');
    // The start-up pass was a full one; the next only looks at what falls due soon.
    await expect(reconcilerOf(ctx.t).reconcile()).resolves.toMatchObject({
      full: false,
      requeued: { wakeUps: 0 },
    });
  });

  it('a request made while Redis is down does not hang, and its jobs arrive once Redis is back', async () => {
    const port = ctx.redis.port;
    ctx.redis.proc.kill();
    const monitor = ctx.t.app.get(RedisMonitor);
    await waitFor(async () => monitor.state === 'down', 'Redis to be seen down');

    // A request that waited for Redis would wait until the end of the test; the bound
    // is loose so a slow machine does not fail it.
    const started = Date.now();
    const trial = await openTrialFor(ctx, nextPhone(), sale);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(trial.status).toBe('trial');
    const health = await ctx.t.http().get('/api/health').expect(200);
    expect(health.body).toMatchObject({ status: 'degraded', redis: 'down' });

    ctx.redis = await startRedis(port);
    const ids = [`trial-${trial.id}-step-1-1`];
    await waitFor(
      async () => {
        const have = await pendingIds(ctx).catch(() => [] as string[]);
        return ids.every((id) => have.includes(id));
      },
      'the jobs after Redis returned',
      20_000,
    );
  });
});
