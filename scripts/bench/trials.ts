/**
 * Trials at scale (prints, does not assert): create and schedule N trials on
 * SQLite through the same code a stored sale uses (rows for the trial, both
 * steps and the gate; after commit, the trial's next wake-up — its step-1 job —
 * as a delayed BullMQ job), then:
 *   trials/s end to end                       (target ≥ 3,000/s on SQLite)
 *   our BullMQ enqueue rate beside a raw Queue.addBulk floor of as many jobs
 *   Redis memory per scheduled trial          (target ≤ 2 KB; INFO used_memory delta / N)
 *   reconcile passes: full with nothing missing, routine (what falls due soon), and a
 *   full one after FLUSHALL rebuilding every job
 * Uses a throwaway redis-server on a free port.  npm run bench:trials [-- trials=100000]
 */
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createCliContext } from '../../src/bootstrap.js';
import { RedisMonitor } from '../../src/common/redis/redis-monitor.js';
import { redisOptions } from '../../src/common/redis/redis-options.js';
import { TrialOpener } from '../../src/trials/transitions/trial-opener.js';
import { ConfirmationQueue } from '../../src/trials/jobs/confirmation-queue.js';
import { PendingJobsReconciler } from '../../src/trials/queue/reconciler.js';
import { row, timeAsync } from './measure.js';
import { startRedis } from './redis-server.js';
import { saleFacts, seedSales, stepJob } from './trials-seed.js';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=')));
const N = Number(args.trials ?? 100_000);
const BATCH = Number(args.batch ?? 1_000);

async function usedMemory(redis: Redis): Promise<number> {
  return Number(/used_memory:(\d+)/.exec(await redis.info('memory'))![1]);
}

async function main(): Promise<void> {
  const server = await startRedis();
  const dir = mkdtempSync(join(tmpdir(), 'bench-trials-'));
  const ctx = await createCliContext({ DATA_DIR: dir, REDIS_URL: server.url, LOG_LEVEL: 'error' });
  const redis = new Redis(server.url);
  try {
    const db = ctx.get(DataSource);
    const opener = ctx.get(TrialOpener);
    const queue = ctx.get(ConfirmationQueue);
    await ctx.get(RedisMonitor).waitUntilUp(5_000);
    await seedSales(db, N);
    await queue.queue.waitUntilReady();

    // Time spent writing to Redis, measured inside the end-to-end run.
    let enqueueSeconds = 0;
    const write = queue.write.bind(queue);
    queue.write = async (work) => {
      const { seconds } = await timeAsync(() => write(work));
      enqueueSeconds += seconds;
    };

    const before = await usedMemory(redis);
    const now = Date.now();
    const e2e = await timeAsync(async () => {
      for (let from = 1; from <= N; from += BATCH) {
        const sales = Array.from({ length: Math.min(BATCH, N - from + 1) }, (_, k) =>
          saleFacts(from + k, now),
        );
        await db.transaction((tx) => opener.open(tx, sales));
      }
    });
    const memoryPerTrial = ((await usedMemory(redis)) - before) / N;
    const counts = await queue.queue.getJobCounts('delayed', 'waiting');
    const jobs = counts.delayed + counts.waiting;

    const reconciler = ctx.get(PendingJobsReconciler);
    const idle = await timeAsync(() => reconciler.reconcile());
    const routine = await timeAsync(() => reconciler.reconcile());

    // Our writer alone, on as many fresh step jobs, in the same conditions as the floor below.
    const ours = await timeAsync(async () => {
      for (let from = 0; from < jobs; from += BATCH) {
        const add = Array.from({ length: Math.min(BATCH, jobs - from) }, (_, k) =>
          stepJob(N + from + k, now),
        );
        await write({ add, remove: [] });
      }
    });

    const floorQueue = new Queue('bench-floor', { connection: redisOptions(server.url) as never });
    const floor = await timeAsync(async () => {
      for (let from = 0; from < jobs; from += BATCH) {
        const chunk = Array.from({ length: Math.min(BATCH, jobs - from) }, (_, k) => ({
          name: 'step-due',
          data: { trialId: from + k },
          opts: { jobId: `floor-${from + k}`, delay: 86_400_000, removeOnComplete: true },
        }));
        await floorQueue.addBulk(chunk);
      }
    });
    await floorQueue.obliterate({ force: true });
    await floorQueue.close();

    await redis.flushall();
    const rebuild = await timeAsync(() => reconciler.reconcile());
    const rebuilt = await queue.queue.getJobCounts('delayed', 'waiting');

    process.stdout.write(
      `Trials benchmark: ${N.toLocaleString()} trials, SQLite, batches of ${BATCH}\n`,
    );
    row(
      'end to end (4 rows + first job per trial)',
      `${Math.round(N / e2e.seconds).toLocaleString()}/s`,
      `${e2e.seconds.toFixed(1)} s  (target ≥ 3,000/s)`,
    );
    row('  of which database', `${(e2e.seconds - enqueueSeconds).toFixed(1)} s`);
    row('  of which Redis (ConfirmationQueue)', `${enqueueSeconds.toFixed(1)} s`);
    row(
      'BullMQ enqueue inside the run',
      `${Math.round(jobs / enqueueSeconds).toLocaleString()} jobs/s`,
      `${jobs.toLocaleString()} delayed jobs, one per trial`,
    );
    row(
      'BullMQ enqueue, ours alone',
      `${Math.round(jobs / ours.seconds).toLocaleString()} jobs/s`,
      'ConfirmationQueue.write, as many step jobs',
    );
    row(
      'BullMQ enqueue, raw Queue.addBulk floor',
      `${Math.round(jobs / floor.seconds).toLocaleString()} jobs/s`,
      'same count, minimal jobs',
    );
    row(
      'Redis memory per scheduled trial',
      `${Math.round(memoryPerTrial).toLocaleString()} B`,
      '(target ≤ 2,048 B)',
    );
    row(
      'reconcile, full pass, nothing missing',
      `${idle.seconds.toFixed(1)} s`,
      JSON.stringify(idle.result.requeued),
    );
    row(
      'reconcile, routine pass (due soon only)',
      `${routine.seconds.toFixed(2)} s`,
      `full: ${routine.result.full}`,
    );
    row(
      'reconcile after FLUSHALL',
      `${rebuild.seconds.toFixed(1)} s`,
      `${(rebuilt.delayed + rebuilt.waiting).toLocaleString()} jobs rebuilt`,
    );
  } finally {
    redis.disconnect();
    await ctx.close();
    server.proc.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`${err?.stack ?? err}\n`);
  process.exit(1);
});
