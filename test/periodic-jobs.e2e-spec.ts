import { SchedulerRegistry } from '@nestjs/schedule';
import { PeriodicJobs, type PeriodicJob } from '../src/database/periodic-jobs.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import { waitFor } from './helpers/wait-for.js';

/** A job that counts its runs per process; its tick is the wall-clock second. */
function countingJob(name: string, runs: number[], fail = false): PeriodicJob<number> {
  return {
    name,
    schedule: { everySeconds: 1 },
    tickOf: (now) => String(Math.floor(now.getTime() / 1_000)),
    run: async () => {
      runs.push(Date.now());
      if (fail) throw new Error('boom');
      return runs.length;
    },
    describe: (n) => `run ${n}`,
    whenFailed: 'the next second retries',
  };
}

describe('PeriodicJobs: the one way periodic work runs (workers only, one worker per tick)', () => {
  let t: TestApp;
  let second: TestApp | undefined;

  beforeAll(async () => {
    t = await startTestApp({ QA_SCHEDULER: 'off' });
  });
  afterAll(async () => {
    await second?.close({ keepData: true });
    await t.close();
  });

  it('lets exactly one of two workers on one database run a tick', async () => {
    second = await startTestApp({ QA_SCHEDULER: 'off' }, t);
    const job = countingJob('test.claim', []);
    const now = new Date();
    const results = await Promise.all([
      t.app.get(PeriodicJobs).claimAndRun(job, now),
      second.app.get(PeriodicJobs).claimAndRun(job, now),
      t.app.get(PeriodicJobs).claimAndRun(job, now),
    ]);
    expect(results.filter((r) => r !== null)).toHaveLength(1);
  });

  it('schedules in the registry, keeps firing after a failed run, and stops at shutdown', async () => {
    const runs: number[] = [];
    const jobs = t.app.get(PeriodicJobs);
    expect(jobs.schedules).toBe(true);
    jobs.schedule(countingJob('test.every-second', runs, true));
    expect(t.app.get(SchedulerRegistry).doesExist('interval', 'test.every-second')).toBe(true);
    await waitFor(() => runs.length >= 2, 'two runs of a failing job', 5_000);
    jobs.onApplicationShutdown();
    const after = runs.length;
    await new Promise((r) => setTimeout(r, 1_500));
    expect(runs.length).toBe(after);
  });

  it('schedules nothing in an API-only process', async () => {
    const api = await startTestApp({ APP_ROLE: 'api' });
    try {
      const jobs = api.app.get(PeriodicJobs);
      expect(jobs.schedules).toBe(false);
      const runs: number[] = [];
      jobs.schedule(countingJob('test.api', runs));
      await new Promise((r) => setTimeout(r, 1_500));
      expect(runs).toEqual([]);
    } finally {
      await api.close();
    }
  });
});
