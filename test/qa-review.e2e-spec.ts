import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { RemedialReasonFacts1796414691731 } from '../src/database/migrations/1796414691731-remedial-reason-facts.js';
import { addBusinessDays } from '../src/qa/domain/index.js';
import { drawRun } from './helpers/qa-calls.js';
import {
  CONSENT_FAILED,
  PASS,
  startReviewScenario,
  type Headers,
  type ReviewScenario,
} from './helpers/qa-review-scenario.js';
import type { TestApp } from './helpers/test-app.js';
import { maskPhone } from '../src/common/phone/normalize-phone.js';

const TZ = 'Asia/Shanghai';

describe('QA review workflow: queue, reviews, consequences, overturns', () => {
  let s: ReviewScenario;
  let t: TestApp;
  let calls: ReviewScenario['calls'];
  let daily: ReviewScenario['daily'];
  let inspectorA004: Headers, inspector: Headers, auditor: Headers;
  let supervisor1: Headers, supervisor2: Headers, admin: Headers;
  let itemOf: ReviewScenario['itemOf'];
  let review: ReviewScenario['review'];

  beforeAll(async () => {
    s = await startReviewScenario();
    ({ t, calls, daily, inspectorA004, inspector, auditor, admin } = s);
    ({ supervisor1, supervisor2, itemOf, review } = s);
  });
  afterAll(() => s.t.close());

  it('samples the flagged calls and the random quota, never assigning a reviewer their own call', () => {
    expect(daily.items.map((i) => [i.agentCode, i.reason]).sort()).toEqual([
      ['A001', 'flagged'],
      ['A002', 'random'],
      ['A003', 'flagged'],
      ['A004', 'flagged'],
    ]);
    expect(itemOf(daily, 'noTranscript').assignee!.name).toBe('inspector 2');
    const names = daily.items.map((i) => i.assignee!.name).sort();
    expect(names).toEqual(['inspector 2', 'inspector 2', 'inspector A004', 'inspector A004']);
  });

  it("gives each reviewer their open items, oldest first, with the call's automatic verdict and evidence", async () => {
    const queue = await t.http().get('/api/qa/queue').set(inspector).expect(200);
    expect(queue.body.length).toBe(2);
    const entry = queue.body.find(
      (q: { call: { id: number } }) => q.call.id === calls.noTranscript.id,
    );
    expect(entry).toMatchObject({
      tier: 'daily',
      period: '2026-10-05',
      reason: 'flagged',
      status: 'open',
      overdue: false,
      automaticVerdict: 'needs_review',
      compliance: { status: 'needs_review', rules: { consent: { result: 'unknown' } } },
    });
    expect(entry.call.compliance.rules.identity).toHaveProperty('evidence');
    // Inspectors do not dial: the call's number is masked (PHONE_VISIBILITY), everywhere in the item.
    expect(entry.call.phone).toBe(maskPhone(calls.noTranscript.phone));
    expect(JSON.stringify(queue.body)).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
    // Auditors review only a tier set up for them: none here, so their queue is empty.
    expect((await t.http().get('/api/qa/queue').set(auditor).expect(200)).body).toEqual([]);
  });

  it('lets admins reassign an open item, but not to the call’s own agent or another role', async () => {
    const item = itemOf(daily, 'consentFail');
    expect(item.assignee!.name).toBe('inspector A004');
    const users = (await t.http().get('/api/users').set(admin).expect(200)).body as {
      id: number;
      name: string;
    }[];
    const id = (name: string) => users.find((u) => u.name === name)!.id;
    const moved = await t
      .http()
      .put(`/api/qa/items/${item.id}/assignee`)
      .set(admin)
      .send({ userId: id('inspector 2') })
      .expect(200);
    expect(moved.body.assignee).toEqual({ id: id('inspector 2'), name: 'inspector 2' });
    const own = itemOf(daily, 'noTranscript');
    const refused = await t
      .http()
      .put(`/api/qa/items/${own.id}/assignee`)
      .set(admin)
      .send({ userId: id('inspector A004') })
      .expect(400);
    expect(refused.body.message).toContain('A004');
    await t
      .http()
      .put(`/api/qa/items/${own.id}/assignee`)
      .set(admin)
      .send({ userId: id('supervisor 1') })
      .expect(400);
    await t
      .http()
      .put(`/api/qa/items/${own.id}/assignee`)
      .set(supervisor1)
      .send({ userId: id('inspector 2') })
      .expect(403);
  });

  it('forbids reviewing one’s own call and a tier that is not one’s own', async () => {
    const own = await review(inspectorA004, itemOf(daily, 'noTranscript').id).expect(403);
    expect(own.body.message).toContain('own calls');
    const weekly = (await drawRun(t, supervisor1, 'weekly', '2026-W41').expect(201)).body;
    const wrongTier = await review(inspector, weekly.items[0].id).expect(403);
    expect(wrongTier.body.message).toContain('supervisor');
    await review(supervisor1, itemOf(daily, 'valid').id).expect(403);
    await review(auditor, itemOf(daily, 'valid').id).expect(403);
  });

  it('a failed review makes the call invalid, opens a call-back, records a penalty and starts re-checks', async () => {
    const res = await review(inspector, itemOf(daily, 'consentFail').id, CONSENT_FAILED, {
      comments: [{ atMs: 69_000, text: '客户未明确同意' }],
    }).expect(201);
    expect(res.body).toMatchObject({
      callId: calls.consentFail.id,
      passed: false,
      status: 'current',
      rules: CONSENT_FAILED,
      checker: { status: 'invalid', rules: { consent: 'fail', identity: 'pass' } },
      agreement: { consent: 'agree', identity: 'agree' },
      comments: [{ atMs: 69_000, text: '客户未明确同意' }],
    });
    const call = await t.http().get(`/api/calls/${calls.consentFail.id}`).set(auditor).expect(200);
    expect(call.body.finalVerdict).toEqual({ status: 'invalid', source: 'review' });
    expect(call.body.compliance.status).toBe('invalid'); // the automatic verdict stays beside it
    const tasks = await t.http().get('/api/qa/remedial-tasks?status=open').set(auditor).expect(200);
    expect(tasks.body).toEqual([
      expect.objectContaining({
        callId: calls.consentFail.id,
        // Auditors see numbers masked (PHONE_VISIBILITY); the agent on the call-back sees it full.
        phone: maskPhone(calls.consentFail.phone),
        agentCode: 'A001',
        status: 'open',
        reason: expect.stringContaining('consent'),
        tier: 'daily',
        tierLabel: '每日抽查',
        failedStandards: ['consent'],
      }),
    ]);
    const penalties = await t
      .http()
      .get('/api/qa/penalties?agentCode=A001')
      .set(auditor)
      .expect(200);
    expect(penalties.body).toEqual([
      expect.objectContaining({ callId: calls.consentFail.id, rescindedAt: null }),
    ]);
    const rechecks = await t.http().get('/api/qa/rechecks').set(auditor).expect(200);
    const today = DateTime.now().setZone(TZ).toISODate()!;
    const until = DateTime.fromISO(addBusinessDays(today, 10), { zone: TZ }).plus({ days: 1 });
    expect(rechecks.body).toEqual([
      expect.objectContaining({
        agentCode: 'A001',
        reason: expect.stringContaining('consent'),
        since: expect.any(String),
        until: until.toUTC().toISO(),
        consecutivePasses: 0,
      }),
    ]);
  });

  it('refuses a second review of a closed item with 409', async () => {
    await review(inspector, itemOf(daily, 'consentFail').id).expect(409);
    await review(inspector, 999_999).expect(404);
    await review(inspector, itemOf(daily, 'valid').id, { ...PASS, consent: 'maybe' }).expect(400);
  });

  it('a passing review makes the call valid: human review takes precedence', async () => {
    await review(inspector, itemOf(daily, 'valid').id).expect(201);
    const call = await t.http().get(`/api/calls/${calls.valid.id}`).set(auditor).expect(200);
    expect(call.body.finalVerdict).toEqual({ status: 'valid', source: 'review' });
  });

  it('a second failure of the same call (weekly tier) does not open a second call-back or penalty', async () => {
    const weekly = (await drawRun(t, supervisor1, 'weekly', '2026-W41').expect(200)).body;
    const item = itemOf(weekly, 'consentFail');
    const who = item.assignee!.name === 'supervisor 1' ? supervisor1 : supervisor2;
    await review(who, item.id, CONSENT_FAILED).expect(201);
    expect((await t.http().get('/api/qa/remedial-tasks').set(auditor)).body).toHaveLength(1);
    expect((await t.http().get('/api/qa/penalties?agentCode=A001').set(auditor)).body).toHaveLength(
      1,
    );
    const history = await t
      .http()
      .get(`/api/qa/reviews?callId=${calls.consentFail.id}`)
      .set(auditor)
      .expect(200);
    expect(history.body.map((r: { tier: string }) => r.tier)).toEqual(['daily', 'weekly']);
  });

  it('supervisors overturn a review with a reason; the old one stays as history and its consequences are undone', async () => {
    const failed = await review(inspector, itemOf(daily, 'noTranscript').id, {
      ...PASS,
      identity: 'fail',
    }).expect(201);
    expect(
      (await t.http().get('/api/qa/rechecks').set(auditor)).body.map(
        (r: { agentCode: string }) => r.agentCode,
      ),
    ).toContain('A004');
    const overturn = (
      who: Headers,
      body: object = { rules: PASS, reason: '录音中客户已确认是机主本人' },
    ) => t.http().post(`/api/qa/reviews/${failed.body.id}/overturn`).set(who).send(body);
    await overturn(inspector).expect(403);
    await overturn(supervisor1, { rules: PASS }).expect(400);
    const res = await overturn(supervisor1).expect(201);
    expect(res.body).toMatchObject({
      kind: 'overturn',
      overturnsReviewId: failed.body.id,
      passed: true,
      status: 'current',
    });
    await overturn(supervisor2).expect(409);

    const history = await t
      .http()
      .get(`/api/qa/reviews?callId=${calls.noTranscript.id}`)
      .set(auditor);
    expect(history.body.map((r: { status: string; kind: string }) => [r.kind, r.status])).toEqual([
      ['review', 'overturned'],
      ['overturn', 'current'],
    ]);
    expect(history.body[0].overturnedByReviewId).toBe(res.body.id);
    const call = await t.http().get(`/api/calls/${calls.noTranscript.id}`).set(auditor);
    expect(call.body.finalVerdict).toEqual({ status: 'valid', source: 'review' });
    const tasks = await t.http().get('/api/qa/remedial-tasks?status=cancelled').set(auditor);
    expect(tasks.body).toEqual([expect.objectContaining({ callId: calls.noTranscript.id })]);
    expect(tasks.body[0].outcome).toMatchObject({
      cancelledByReviewId: res.body.id,
      cancelReason: '录音中客户已确认是机主本人',
    });
    const penalties = await t.http().get('/api/qa/penalties?agentCode=A004').set(auditor);
    expect(penalties.body[0].rescindedAt).not.toBeNull();
    const rechecks = await t.http().get('/api/qa/rechecks').set(auditor);
    expect(rechecks.body.map((r: { agentCode: string }) => r.agentCode)).not.toContain('A004');
  });

  it('no one overturns their own review', async () => {
    const weekly = (await drawRun(t, supervisor1, 'weekly', '2026-W41').expect(200)).body;
    const item = itemOf(weekly, 'valid');
    const mine = await review(supervisor1, item.id).expect(201);
    const res = await t
      .http()
      .post(`/api/qa/reviews/${mine.body.id}/overturn`)
      .set(supervisor1)
      .send({ rules: CONSENT_FAILED, reason: '改判' })
      .expect(403);
    expect(res.body.message).toContain('own review');
  });

  it('gives tasks stored before their facts had columns the facts their reason sentence names', async () => {
    const before = (await t.http().get('/api/qa/remedial-tasks').set(auditor)).body;
    const runner = t.app.get(DataSource).createQueryRunner();
    try {
      const migration = new RemedialReasonFacts1796414691731();
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const after = (await t.http().get('/api/qa/remedial-tasks').set(auditor)).body;
    expect(after).toEqual(before);
    expect(after.map((task: { tier: string }) => task.tier)).not.toContain(null);
  });

  it('auditors read everything and change nothing', async () => {
    await t.http().get(`/api/qa/sampling-runs/${daily.id}/report`).set(auditor).expect(200);
    await t.http().get('/api/qa/calibration').set(auditor).expect(200);
    await drawRun(t, auditor, 'daily', '2026-10-06').expect(403);
    await review(auditor, itemOf(daily, 'valid').id).expect(403);
    await t.http().put('/api/qa/plans').set(auditor).send({}).expect(403);
  });
});
