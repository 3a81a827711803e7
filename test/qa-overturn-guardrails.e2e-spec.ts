import { seedDevCatalogue } from './helpers/catalogue-seed.js';
import { CONSENT_FAIL_SALE, drawRun, sale } from './helpers/qa-calls.js';
import { bearer, startTestApp, type TestApp } from './helpers/test-app.js';

type Headers = Record<string, string>;
const PASS = { identity: 'pass', comprehension: 'pass', script: 'pass', consent: 'pass' };
const CONSENT_FAILED = { ...PASS, consent: 'fail' };

/**
 * Overturns change something, and a supervisor can correct their own: a no-op
 * is refused with OVERTURN_UNCHANGED and leaves no trace, a revision is one
 * more overturn (the earlier stays listed), and the call's consequences
 * (verdict, call-back, penalty, re-check list) follow the final verdict both ways.
 */
describe('overturn guardrails: no no-op, self-revision with history', () => {
  let t: TestApp;
  let inspector: Headers;
  let supervisor: Headers;
  let auditor: Headers;
  let callId: number;
  let reviewId: number;

  const overturn = (id: number, rules: object, reason = '复听录音后改判', who = supervisor) =>
    t.http().post(`/api/qa/reviews/${id}/overturn`).set(who).send({ rules, reason });
  const history = async () =>
    (await t.http().get(`/api/qa/reviews?callId=${callId}`).set(auditor).expect(200)).body as {
      id: number;
      kind: string;
      status: string;
      overturnReason: string | null;
    }[];
  const consequences = async () => {
    const call = await t.http().get(`/api/calls/${callId}`).set(auditor).expect(200);
    const tasks = await t.http().get(`/api/qa/remedial-tasks?callId=${callId}`).set(auditor);
    const penalties = await t.http().get('/api/qa/penalties?agentCode=A001').set(auditor);
    const rechecks = await t.http().get('/api/qa/rechecks').set(auditor);
    return {
      verdict: call.body.finalVerdict.status as string,
      openTasks: tasks.body.filter((x: { status: string }) => x.status === 'open').length,
      standingPenalties: penalties.body.filter((p: { rescindedAt: unknown }) => !p.rescindedAt)
        .length,
      onRecheck: rechecks.body.some((r: { agentCode: string }) => r.agentCode === 'A001'),
    };
  };

  beforeAll(async () => {
    t = await startTestApp({ QA_SCHEDULER: 'off' });
    await seedDevCatalogue(t);
    const agent = bearer(await t.tokenFor('agent', 'dialer'));
    inspector = bearer(await t.tokenFor('inspector', 'inspector 1'));
    supervisor = bearer(await t.tokenFor('supervisor', 'supervisor 1'));
    auditor = bearer(await t.tokenFor('auditor', 'auditor'));
    const body = sale('OG-1', {
      agentCode: 'A001',
      startedAt: '2026-10-05T10:00:00+08:00',
      base: CONSENT_FAIL_SALE,
    });
    callId = (await t.http().post('/api/calls').set(agent).send(body).expect(201)).body.id;
    const run = (await drawRun(t, inspector, 'daily', '2026-10-05').expect(201)).body;
    const item = run.items.find((i: { callId: number }) => i.callId === callId);
    const review = await t
      .http()
      .post('/api/qa/reviews')
      .set(inspector)
      .send({ itemId: item.id, rules: CONSENT_FAILED, notes: '客户未明确同意' })
      .expect(201);
    reviewId = review.body.id;
  });
  afterAll(() => t?.close());

  it('refuses an overturn that changes no standard, with a stable code, and records nothing', async () => {
    const before = await consequences();
    expect(before).toEqual({
      verdict: 'invalid',
      openTasks: 1,
      standingPenalties: 1,
      onRecheck: true,
    });
    const res = await overturn(reviewId, CONSENT_FAILED).expect(400);
    expect(res.body).toMatchObject({ code: 'OVERTURN_UNCHANGED' });
    expect(res.body.message).toMatch(/^rules: the overturn changes nothing/);
    expect((await history()).map((r) => [r.kind, r.status])).toEqual([['review', 'current']]);
    expect(await consequences()).toEqual(before);
  });

  it('lets the supervisor revise their own overturn with a reason, keeping every step listed', async () => {
    const first = await overturn(reviewId, PASS, '录音中客户说“好的，给我开”').expect(201);
    expect(await consequences()).toEqual({
      verdict: 'valid',
      openTasks: 0,
      standingPenalties: 0,
      onRecheck: false,
    });

    // The same supervisor corrects it: the call fails again, with a new call-back and penalty.
    const revised = await overturn(
      first.body.id,
      CONSENT_FAILED,
      '再次复听：“好的”是在回答别的问题',
    );
    expect(revised.status).toBe(201);
    expect(revised.body).toMatchObject({
      kind: 'overturn',
      overturnsReviewId: first.body.id,
      passed: false,
      status: 'current',
    });
    expect(await consequences()).toEqual({
      verdict: 'invalid',
      openTasks: 1,
      standingPenalties: 1,
      onRecheck: true,
    });
    expect((await history()).map((r) => [r.id, r.kind, r.status])).toEqual([
      [reviewId, 'review', 'overturned'],
      [first.body.id, 'overturn', 'overturned'],
      [revised.body.id, 'overturn', 'current'],
    ]);

    // A revision that changes nothing is refused like any other no-op.
    const noop = await overturn(revised.body.id, CONSENT_FAILED).expect(400);
    expect(noop.body.code).toBe('OVERTURN_UNCHANGED');

    // And back to pass: everything the revision set in motion is undone again.
    await overturn(revised.body.id, PASS, '与主管组复核一致：同意明确').expect(201);
    expect(await consequences()).toEqual({
      verdict: 'valid',
      openTasks: 0,
      standingPenalties: 0,
      onRecheck: false,
    });
    expect((await history()).map((r) => r.status)).toEqual([
      'overturned',
      'overturned',
      'overturned',
      'current',
    ]);
  });

  it('still keeps a supervisor from overturning an overturned review or an inspector from overturning', async () => {
    await overturn(reviewId, PASS).expect(409);
    const current = (await history()).at(-1)!;
    await overturn(current.id, CONSENT_FAILED, '改判', inspector).expect(403);
  });

  it('lists the remedial tasks of one call, and names callId when it is not an id', async () => {
    const tasks = await t.http().get(`/api/qa/remedial-tasks?callId=${callId}`).set(auditor);
    expect(tasks.body.map((x: { callId: number; status: string }) => [x.callId, x.status])).toEqual(
      [
        [callId, 'cancelled'],
        [callId, 'cancelled'],
      ],
    );
    const bad = await t.http().get('/api/qa/remedial-tasks?callId=x').set(auditor).expect(400);
    expect(JSON.stringify(bad.body.message)).toContain('callId');
  });
});
