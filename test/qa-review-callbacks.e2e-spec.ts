import { DateTime } from 'luxon';
import { SamplingService } from '../src/qa/sampling/sampling.service.js';
import { importCalls, sale } from './helpers/qa-calls.js';
import {
  CONSENT_FAILED,
  startReviewScenario,
  type Headers,
  type ReviewScenario,
} from './helpers/qa-review-scenario.js';
import type { TestApp } from './helpers/test-app.js';

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

const TZ = 'Asia/Shanghai';

describe('QA review consequences: remedial call-backs and re-checks', () => {
  let s: ReviewScenario;
  let t: TestApp;
  let calls: ReviewScenario['calls'];
  let daily: ReviewScenario['daily'];
  let agent: Headers, inspector: Headers, auditor: Headers, supervisor1: Headers;
  let itemOf: ReviewScenario['itemOf'];
  let review: ReviewScenario['review'];
  let postCall: ReviewScenario['postCall'];

  beforeAll(async () => {
    s = await startReviewScenario();
    ({ t, calls, daily, agent, inspector, auditor, supervisor1 } = s);
    ({ itemOf, review, postCall } = s);
    // The day's consent failure, reviewed: its call-back task and A001's re-check stint.
    await review(inspector, itemOf(daily, 'consentFail').id, CONSENT_FAILED).expect(201);
  });
  afterAll(() => s.t.close());

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
    expect(refused.body.message).toContain('does not meet the standards');
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
});
