import { DateTime } from 'luxon';
import { previousDailyPeriod, previousWeeklyPeriod } from '../src/qa/domain/index.js';
import { SamplingScheduler } from '../src/qa/schedule/sampling-scheduler.js';
import { bearer, startTestApp, type TestApp } from './helpers/test-app.js';

const TZ = 'Asia/Shanghai';
const DAY = 86_400_000;
type Run = { tier: string; period: string; createdBy: { id: number | null; name: string } };

describe('QA schedule: catch-up at start, one worker per tick, API processes do not draw', () => {
  let t: TestApp;
  let second: TestApp | undefined;
  let auditor: Record<string, string>;
  const runs = async (app: TestApp = t) =>
    (await app.http().get('/api/qa/sampling-runs?limit=500').set(auditor).expect(200))
      .body as Run[];
  const scheduler = (app: TestApp = t) => app.app.get(SamplingScheduler);

  beforeAll(async () => {
    t = await startTestApp(); // APP_ROLE all, QA_SCHEDULER on (the defaults)
    auditor = bearer(await t.tokenFor('auditor'));
  });
  afterAll(async () => {
    await second?.close({ keepData: true });
    await t.close();
  });

  it('draws the periods missed while down (here: never drawn) when a worker starts', async () => {
    const now = Date.now();
    const drawn = await runs();
    expect(drawn.map((r) => [r.tier, r.period]).sort()).toEqual(
      [
        ['daily', previousDailyPeriod(now, TZ).period],
        ['weekly', previousWeeklyPeriod(now, TZ).period],
      ].sort(),
    );
    expect(drawn.every((r) => r.createdBy.name === 'scheduler' && r.createdBy.id === null)).toBe(
      true,
    );
  });

  it('after an outage of three days draws each missed day, oldest first, once', async () => {
    const later = new Date(Date.now() + 3 * DAY);
    const result = await scheduler().catchUp(later);
    const expected = [2, 1, 0].map((back) =>
      DateTime.fromMillis(later.getTime() - back * DAY - DAY, { zone: TZ }).toISODate(),
    );
    expect(result.daily).toEqual(expected);
    expect(await scheduler().catchUp(later)).toEqual({ daily: [], weekly: [] });
  });

  it('lets exactly one of several workers act on a tick', async () => {
    second = await startTestApp({}, { dataDir: t.dataDir, schema: t.schema });
    const tick = new Date(Date.now() + 5 * DAY);
    const results = await Promise.all([
      scheduler(t).tick('daily', tick),
      scheduler(second).tick('daily', tick),
      scheduler(t).tick('daily', tick),
    ]);
    const drew = results.filter((r) => r.length > 0);
    expect(drew).toHaveLength(1);
    // The tick also catches up the day the outage test left undrawn.
    expect(drew[0]).toHaveLength(2);
    const daily = (await runs()).filter((r) => r.tier === 'daily');
    expect(new Set(daily.map((r) => r.period)).size).toBe(daily.length);
  });

  it('does not schedule draws in an API-only process', async () => {
    const api = await startTestApp({ APP_ROLE: 'api' });
    try {
      const token = bearer(await api.tokenFor('auditor'));
      const res = await api.http().get('/api/qa/sampling-runs').set(token).expect(200);
      expect(res.body).toEqual([]);
      expect(scheduler(api).enabled).toBe(false);
    } finally {
      await api.close();
    }
  });
});
