import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { SampleItem } from '../src/qa/sampling/sample-item.entity.js';
import { seedDevCatalogue } from './helpers/catalogue-seed.js';
import { CONSENT_FAIL_SALE, drawRun, IDENTITY_FAIL_SALE, sale } from './helpers/qa-calls.js';
import { bearer, startTestApp, type TestApp } from './helpers/test-app.js';
import { roundTripStandardStorage, storedStandardResults } from './helpers/standard-storage.js';

type Headers = Record<string, string>;
type Item = { id: number; callId: number; assignee: { name: string } };

const PASS = { identity: 'pass', comprehension: 'pass', script: 'pass', consent: 'pass' };
const ALL = (r: string) => ({ identity: r, comprehension: r, script: r, consent: r });

/**
 * A hand-built set: four calls whose checker verdicts are known, reviewed by two
 * inspectors with known verdicts, so every calibration and report figure can be
 * worked out on paper (see the comments beside each expectation).
 */
describe('QA calibration and run reports on a hand-built set', () => {
  let t: TestApp;
  let reviewers: Record<string, Headers>;
  let auditor: Headers;
  const ids: Record<string, number> = {};
  let run: { id: number; items: Item[] };
  const today = DateTime.now().setZone('Asia/Shanghai').toISODate()!;
  const itemOf = (key: string) => run.items.find((i) => i.callId === ids[key])!;
  const review = (who: string, key: string, rules: object) =>
    t
      .http()
      .post('/api/qa/reviews')
      .set(reviewers[who])
      .send({ itemId: itemOf(key).id, rules, notes: key })
      .expect(201);
  const report = async () =>
    (await t.http().get(`/api/qa/sampling-runs/${run.id}/report`).set(auditor).expect(200)).body;

  beforeAll(async () => {
    t = await startTestApp({ QA_SCHEDULER: 'off' });
    await seedDevCatalogue(t);
    const agent = bearer(await t.tokenFor('agent', 'dialer'));
    reviewers = {
      R1: bearer(await t.tokenFor('inspector', 'R1')),
      R2: bearer(await t.tokenFor('inspector', 'R2')),
    };
    auditor = bearer(await t.tokenFor('auditor'));
    const at = (hhmm: string) => `2026-10-07T${hhmm}:00+08:00`;
    const calls: [string, Record<string, unknown>][] = [
      ['K1', sale('K1', { agentCode: 'A001', startedAt: at('10:00') })],
      ['K2', sale('K2', { agentCode: 'A002', startedAt: at('10:01'), base: CONSENT_FAIL_SALE })],
      ['K3', sale('K3', { agentCode: 'A003', startedAt: at('10:02'), flagged: true })],
      ['K4', sale('K4', { agentCode: 'A004', startedAt: at('10:03'), base: IDENTITY_FAIL_SALE })],
    ];
    for (const [key, body] of calls)
      ids[key] = (await t.http().post('/api/calls').set(agent).send(body).expect(201)).body.id;
    run = (await drawRun(t, reviewers.R1, 'daily', '2026-10-07').expect(201)).body;
  });
  afterAll(() => t.close());

  it('starts from the checker verdicts the hand calculation assumes', async () => {
    const rules = async (key: string) => {
      const call = await t.http().get(`/api/calls/${ids[key]}`).set(auditor);
      return Object.fromEntries(
        Object.entries(call.body.compliance.rules).map(([k, v]) => [
          k,
          (v as { result: string }).result,
        ]),
      );
    };
    expect(await rules('K1')).toEqual(ALL('pass'));
    expect(await rules('K2')).toEqual({ ...ALL('pass'), consent: 'fail' });
    expect(await rules('K3')).toEqual(ALL('unknown'));
    expect(await rules('K4')).toEqual({ ...ALL('pass'), identity: 'fail' });
    // Population 4: K2–K4 flagged, the quota of 1 is K1.
    expect(run.items).toHaveLength(4);
  });

  it('counts open items past their due time as overdue in the queue and the report', async () => {
    const item = itemOf('K1');
    await t.app
      .get(DataSource)
      .getRepository(SampleItem)
      .update(item.id, { dueAt: new Date(Date.now() - 60_000) });
    const queue = await t
      .http()
      .get('/api/qa/queue')
      .set(reviewers[item.assignee.name])
      .expect(200);
    expect(queue.body.find((q: { id: number }) => q.id === item.id).overdue).toBe(true);
    expect(await report()).toMatchObject({
      sampled: 4,
      reviewed: 0,
      open: 4,
      overdue: 1,
      overdueOpen: 1,
    });
  });

  it('reports per run: reviewed, overdue, pass rate per standard and per agent', async () => {
    await review('R1', 'K1', PASS);
    await review('R1', 'K2', { ...PASS, consent: 'fail' });
    await review('R2', 'K3', PASS);
    await review('R2', 'K4', PASS);
    const r = await report();
    expect(r).toMatchObject({
      population: 4,
      sampled: 4,
      reviewed: 4,
      open: 0,
      overdue: 1, // K1 was reviewed after its due time
      overdueOpen: 0,
      passed: 3,
      failed: 1,
      passRate: 0.75,
      passRateByStandard: { identity: 1, comprehension: 1, script: 1, consent: 0.75 },
      reasons: { random: 1, recheck: 0, flagged: 3 },
    });
    expect(
      r.agents.map((a: { agentCode: string; passRate: number }) => [a.agentCode, a.passRate]),
    ).toEqual([
      ['A001', 1],
      ['A002', 0],
      ['A003', 1],
      ['A004', 1],
    ]);
  });

  it('gives reviewer–checker agreement per standard and per reviewer', async () => {
    const res = await t
      .http()
      .get(`/api/qa/calibration?from=${today}&to=${today}`)
      .set(auditor)
      .expect(200);
    expect(res.body).toMatchObject({ from: today, to: today, reviews: 4 });
    // identity: K1 agree, K2 agree, K3 checker unknown, K4 checker failed what R2 passed.
    expect(res.body.standards.identity).toEqual({
      compared: 4,
      agree: 2,
      disagree: 1,
      checkerUnknown: 1,
      agreementRate: 2 / 3,
      checkerPassedHumanFailed: 0,
      checkerFailedHumanPassed: 1,
    });
    // consent: K1 pass/pass, K2 fail/fail, K4 pass/pass agree; K3 unknown.
    expect(res.body.standards.consent).toMatchObject({
      agree: 3,
      disagree: 0,
      checkerUnknown: 1,
      agreementRate: 1,
    });
    expect(res.body.overall).toMatchObject({
      compared: 16,
      agree: 11,
      disagree: 1,
      checkerUnknown: 4,
    });
    expect(
      res.body.reviewers.map((r: Record<string, unknown>) => [
        r.reviewerName,
        r.reviews,
        r.agree,
        r.disagree,
        r.checkerUnknown,
        r.agreementRate,
      ]),
    ).toEqual([
      ['R1', 2, 8, 0, 0, 1],
      ['R2', 2, 3, 1, 4, 0.75],
    ]);
  });

  it('drills down to the reviews where reviewer and checker disagree, per standard', async () => {
    const get = (query: string) =>
      t.http().get(`/api/qa/calibration/disagreements?from=${today}&to=${today}${query}`);
    // The one disagreement: K4, whose identity the checker failed and R2 passed.
    const all = await get('').set(auditor).expect(200);
    expect(all.body).toEqual([
      expect.objectContaining({
        callId: ids.K4,
        externalId: 'K4',
        agentCode: 'A004',
        reviewerName: 'R2',
        standards: [{ standard: 'identity', human: 'pass', checker: 'fail' }],
      }),
    ]);
    expect((await get('&standard=identity&direction=strict').set(auditor)).body).toHaveLength(1);
    expect((await get('&standard=consent').set(auditor)).body).toEqual([]);
    expect((await get('&direction=lenient').set(auditor)).body).toEqual([]);
    const r2 = all.body[0].reviewerId;
    expect((await get(`&reviewerId=${r2}`).set(auditor)).body).toHaveLength(1);
    expect((await get('&reviewerId=999999').set(auditor)).body).toEqual([]);
    await get('&standard=politeness').set(auditor).expect(400);
    await get('&reviewerId=abc').set(auditor).expect(400);
    await get('&direction=sideways').set(auditor).expect(400);
    await t
      .http()
      .get('/api/qa/calibration/disagreements')
      .set(bearer(await t.tokenFor('agent', 'a2')))
      .expect(403);
  });

  it('limits calibration to the window and checks the dates', async () => {
    const empty = await t
      .http()
      .get('/api/qa/calibration?from=2026-01-01&to=2026-01-31')
      .set(auditor)
      .expect(200);
    expect(empty.body).toMatchObject({ reviews: 0, overall: { agreementRate: null } });
    await t.http().get('/api/qa/calibration?from=2026-02-30').set(auditor).expect(400);
    await t
      .http()
      .get('/api/qa/calibration?from=2026-03-01&to=2026-02-01')
      .set(auditor)
      .expect(400);
  });

  it('moves every stored verdict and review to per-standard storage and back (down, up)', async () => {
    const ds = t.app.get(DataSource);
    const stored = await storedStandardResults(ds);
    expect(Object.keys(stored.calls)).toHaveLength(4);
    expect(stored.reviews.length).toBeGreaterThanOrEqual(4);
    const calibrated = await t
      .http()
      .get(`/api/qa/calibration?from=${today}&to=${today}`)
      .set(auditor)
      .expect(200);
    const { old, now } = await roundTripStandardStorage(ds);
    expect(old).toEqual(stored);
    expect(now).toEqual(stored);
    const again = await t
      .http()
      .get(`/api/qa/calibration?from=${today}&to=${today}`)
      .set(auditor)
      .expect(200);
    expect(again.body).toEqual(calibrated.body);
  });
});
