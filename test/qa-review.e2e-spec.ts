import { DateTime } from 'luxon';
import { addBusinessDays } from '../src/qa/domain/index.js';
import { SamplingService } from '../src/qa/sampling/sampling.service.js';
import { seedDevCatalogue } from './helpers/catalogue-seed.js';
import { CONSENT_FAIL_SALE, drawRun, importCalls, sale } from './helpers/qa-calls.js';
import { ADMIN_TOKEN, bearer, startTestApp, type TestApp } from './helpers/test-app.js';

type Headers = Record<string, string>;
type Item = {
  id: number;
  callId: number;
  agentCode: string;
  reason: string;
  assignee: { id: number; name: string } | null;
};

const TZ = 'Asia/Shanghai';
const PASS = { identity: 'pass', comprehension: 'pass', script: 'pass', consent: 'pass' };
const CONSENT_FAILED = { ...PASS, consent: 'fail' };
const seg = (texts: [string, string][]) =>
  texts.map(([speaker, text], i) => ({ speaker, startMs: i * 5000, endMs: i * 5000 + 4000, text }));
/** A remedial call-back on FLOW20 that meets the four standards; the last line is the customer's answer. */
const callBackTranscript = (answer: string) =>
  seg([
    [
      'agent',
      '您好，我是中国移动合作服务中心的客服代表，给您做一个业务回访。请问您是这个号码的机主本人吗？',
    ],
    ['customer', '是我，回访什么？'],
    ['agent', '耽误您一分钟时间，可以吗？'],
    ['customer', '可以，你说。'],
    [
      'agent',
      '您开通了5GB流量加油包，每个月给您多加5个G的流量，全国通用的。开通以后当月就生效，流量直接叠加到您现在的套餐里，不用另外设置。',
    ],
    ['customer', '嗯，我知道。'],
    [
      'agent',
      '资费是每个月20元。如果不想继续使用，您拨打10086，按语音提示就可以退订。请问您还继续使用吗？',
    ],
    ['customer', answer],
  ]);

describe('QA review workflow: queue, reviews, consequences, re-checks, call-backs, overturns', () => {
  let t: TestApp;
  let agent: Headers;
  let inspectorA004: Headers; // an inspector who is also agent A004
  let inspector: Headers;
  let supervisor1: Headers;
  let supervisor2: Headers;
  let auditor: Headers;
  const admin = bearer(ADMIN_TOKEN);
  const calls: Record<string, { id: number; phone: string }> = {};
  let daily: { id: number; items: Item[] };
  const itemOf = (run: { items: Item[] }, key: string) =>
    run.items.find((i) => i.callId === calls[key].id)!;

  const review = (who: Headers, itemId: number, rules = PASS, extra: object = {}) =>
    t
      .http()
      .post('/api/qa/reviews')
      .set(who)
      .send({ itemId, rules, notes: '复核', ...extra });
  const postCall = async (key: string, body: Record<string, unknown>) => {
    const res = await t.http().post('/api/calls').set(agent).send(body).expect(201);
    calls[key] = { id: res.body.id, phone: res.body.phone };
    return res.body;
  };

  beforeAll(async () => {
    t = await startTestApp({ QA_SCHEDULER: 'off' });
    await seedDevCatalogue(t);
    agent = bearer(await t.tokenFor('agent', 'dialer'));
    inspectorA004 = bearer(await t.tokenFor('inspector', 'inspector A004', 'A004'));
    inspector = bearer(await t.tokenFor('inspector', 'inspector 2'));
    supervisor1 = bearer(await t.tokenFor('supervisor', 'supervisor 1'));
    supervisor2 = bearer(await t.tokenFor('supervisor', 'supervisor 2'));
    auditor = bearer(await t.tokenFor('auditor', 'carrier auditor'));
    // Monday 2026-10-05: one valid sale and three the checker did not pass.
    const at = (hhmm: string) => `2026-10-05T${hhmm}:00+08:00`;
    await postCall(
      'consentFail',
      sale('R-C1', { agentCode: 'A001', startedAt: at('10:00'), base: CONSENT_FAIL_SALE }),
    );
    await postCall('valid', sale('R-C2', { agentCode: 'A002', startedAt: at('10:05') }));
    await postCall(
      'noTranscript',
      sale('R-C3', { agentCode: 'A004', startedAt: at('10:10'), flagged: true }),
    );
    await postCall(
      'consentFail3',
      sale('R-C4', { agentCode: 'A003', startedAt: at('10:15'), base: CONSENT_FAIL_SALE }),
    );
    daily = (await drawRun(t, inspector, 'daily', '2026-10-05').expect(201)).body;
  });
  afterAll(() => t.close());

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
    await t.http().get('/api/qa/queue').set(auditor).expect(403);
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
        phone: calls.consentFail.phone,
        agentCode: 'A001',
        status: 'open',
        reason: expect.stringContaining('consent'),
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

  it('records a call-back that meets the four standards; a customer who did not agree has the sale cancelled', async () => {
    const [task] = (await t.http().get('/api/qa/remedial-tasks?status=open').set(auditor)).body;
    const outcome = (callId: number, customerAgreed = false) =>
      t
        .http()
        .post(`/api/qa/remedial-tasks/${task.id}/outcome`)
        .set(inspector)
        .send({ callId, customerAgreed });
    const callBack = (
      key: string,
      o: { phone?: string; purpose?: string; outcome?: string; transcript?: unknown },
    ) =>
      postCall(key, {
        ...sale(`CB-${key}`, {
          agentCode: 'A002',
          startedAt: new Date().toISOString(),
          phone: o.phone ?? calls.consentFail.phone,
          purpose: o.purpose ?? 'remedial',
          outcome: o.outcome,
        }),
        ...(o.transcript === null
          ? { transcript: undefined }
          : { transcript: o.transcript ?? callBackTranscript('不用了，给我取消吧。') }),
      });
    // Not a sale, so it stays out of today's sampling population.
    const wrongPurpose = await callBack('cbMarketing', {
      purpose: 'marketing',
      outcome: 'refused',
    });
    expect((await outcome(wrongPurpose.id).expect(400)).body.message).toContain('remedial');
    const wrongPhone = await callBack('cbPhone', { phone: '13700001111' });
    expect((await outcome(wrongPhone.id).expect(400)).body.message).toContain(
      calls.consentFail.phone,
    );
    const unchecked = await callBack('cbNoTranscript', { transcript: null });
    const refused = await outcome(unchecked.id).expect(409);
    expect(refused.body.message).toContain('four standards');
    expect(refused.body.message).toContain('consent unknown');
    await outcome(999_999).expect(400);

    const good = await callBack('cbGood', {});
    expect(good.finalVerdict.status).toBe('valid');
    const done = await outcome(good.id).expect(200);
    expect(done.body).toMatchObject({
      status: 'done',
      outcome: { callbackCallId: good.id, customerAgreed: false, subscriptionCancelled: true },
    });
    const original = await t.http().get(`/api/calls/${calls.consentFail.id}`).set(auditor);
    expect(original.body.saleStatus).toBe('cancelled');
    await outcome(good.id).expect(409);
    expect((await t.http().get('/api/qa/remedial-tasks?status=open').set(auditor)).body).toEqual(
      [],
    );
  });

  it('a customer who did agree keeps the sale: it is activated, the verdict stays invalid', async () => {
    await review(inspector, itemOf(daily, 'consentFail3').id, CONSENT_FAILED).expect(201);
    const [task] = (await t.http().get('/api/qa/remedial-tasks?status=open').set(auditor)).body;
    expect(task.callId).toBe(calls.consentFail3.id);
    const held = await t.http().get(`/api/calls/${calls.consentFail3.id}`).set(auditor);
    expect(held.body.saleStatus).toBe('held');
    const cb = await postCall('cbAgree', {
      ...sale('CB-agree', {
        agentCode: 'A002',
        startedAt: new Date().toISOString(),
        phone: calls.consentFail3.phone,
        purpose: 'remedial',
      }),
      transcript: callBackTranscript('继续用吧，挺好用的。'),
    });
    await t
      .http()
      .post(`/api/qa/remedial-tasks/${task.id}/outcome`)
      .set(supervisor1)
      .send({ callId: cb.id, customerAgreed: true })
      .expect(200);
    const after = await t.http().get(`/api/calls/${calls.consentFail3.id}`).set(auditor);
    expect(after.body).toMatchObject({
      saleStatus: 'activated',
      finalVerdict: { status: 'invalid' },
    });
  });

  it('re-checks every later sale of an agent on the list, and releases them after M = 5 passes', async () => {
    const now = Date.now();
    const later = (i: number) => new Date(now + 1000 * (i + 1)).toISOString();
    await importCalls(t, agent.Authorization.slice(7), [
      ...Array.from({ length: 6 }, (_, i) =>
        sale(`RC-A001-${i}`, { agentCode: 'A001', startedAt: later(i) }),
      ),
      ...Array.from({ length: 5 }, (_, i) =>
        sale(`RC-A002-${i}`, { agentCode: 'A002', startedAt: later(i) }),
      ),
    ]);
    const today = DateTime.fromMillis(now, { zone: TZ }).toISODate()!;
    // The stints began with this file's failing reviews (real time), so the sales are
    // today's; today has not ended, so it is drawn as the scheduler would once it has.
    const endOfToday = DateTime.fromMillis(now, { zone: TZ }).endOf('day').plus({ seconds: 1 });
    const { run } = await t.app
      .get(SamplingService)
      .draw('daily', today, null, endOfToday.toJSDate());
    expect(run).toMatchObject({ complete: true, populationSize: 11, quota: 2 });
    expect(run.reasons).toEqual({ random: 2, recheck: 6, flagged: 0 });
    const recheckItems = run.items.filter((i) => i.reason === 'recheck');
    expect(new Set(recheckItems.map((i) => i.agentCode))).toEqual(new Set(['A001']));

    for (const item of recheckItems.slice(0, 4)) await review(inspector, item.id).expect(201);
    const four = await t.http().get('/api/qa/rechecks').set(auditor);
    expect(four.body.find((r: { agentCode: string }) => r.agentCode === 'A001')).toMatchObject({
      consecutivePasses: 4,
      passesToRelease: 5,
    });
    await review(inspector, recheckItems[4].id).expect(201);
    const after = await t.http().get('/api/qa/rechecks').set(auditor);
    expect(after.body.map((r: { agentCode: string }) => r.agentCode)).not.toContain('A001');
    const history = await t.http().get('/api/qa/rechecks?all=true').set(auditor);
    expect(history.body.find((r: { agentCode: string }) => r.agentCode === 'A001')).toMatchObject({
      releaseReason: 'passes',
      releasedAt: expect.any(String),
    });
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

  it('auditors read everything and change nothing', async () => {
    await t.http().get(`/api/qa/sampling-runs/${daily.id}/report`).set(auditor).expect(200);
    await t.http().get('/api/qa/calibration').set(auditor).expect(200);
    await drawRun(t, auditor, 'daily', '2026-10-06').expect(403);
    await review(auditor, itemOf(daily, 'valid').id).expect(403);
    await t.http().put('/api/qa/plans').set(auditor).send({}).expect(403);
  });
});
