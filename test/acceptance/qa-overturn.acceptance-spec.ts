import { DateTime } from 'luxon';
import { BillingReceiver } from './billing.js';
import { createAccount, seedCatalogue } from './catalogue.js';
import { type CompiledService, startCompiledService } from './compiled-service.js';
import { bearer, client, type Client, expectStatus } from './http.js';
import { CENTRE_TZ, getTrial, sellTrial, type SoldTrial } from './trial-flow.js';

const dialect = process.env.TEST_DIALECT === 'postgres' ? 'postgres' : 'sqlite';
const PASS = { identity: 'pass', comprehension: 'pass', script: 'pass', consent: 'pass' };

/**
 * QA against `node dist/main.js`, with real role accounts made over the API: a
 * trial sale recorded yesterday is drawn, an inspector fails it (the call turns
 * invalid, the trial is cancelled, a call-back, a penalty and a re-check follow), and
 * a supervisor's overturn to all-pass leaves none of it behind.
 */
describe(`compiled service: draw → failing review → overturn (${dialect})`, () => {
  let svc: CompiledService;
  let admin: Client;
  let agent: Client;
  let inspector: Client;
  let supervisor: Client;
  let auditor: Client;
  let trial: SoldTrial;
  let reviewId: number;
  const billing = new BillingReceiver();
  const today = () => DateTime.now().setZone(CENTRE_TZ);
  const yesterday = () => today().minus({ days: 1 }).toISODate()!;
  const week = () => today().toFormat("kkkk-'W'WW");

  beforeAll(async () => {
    svc = await startCompiledService(dialect, await billing.start());
    admin = client(svc.base, bearer(svc.adminToken));
    await seedCatalogue(admin);
    const as = async (role: string) =>
      client(svc.base, bearer((await createAccount(admin, role)).token));
    agent = await as('agent');
    inspector = await as('inspector');
    supervisor = await as('supervisor');
    auditor = await as('auditor');
    // A recorded trial sale yesterday at 10:00 local: yesterday is a completed day.
    const at = today().minus({ days: 1 }).set({ hour: 10, minute: 0, second: 0, millisecond: 0 });
    trial = await sellTrial(agent, at, { recordingFile: 'recordings/qa-sale.wav' });
  }, 180_000);
  afterAll(async () => {
    await svc?.stop();
    await billing.stop();
  });

  it('refuses to draw a day that has not ended, naming period', async () => {
    const res = await inspector('POST', '/api/qa/sampling-runs', {
      tier: 'daily',
      period: today().toISODate(),
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.message)).toContain('period');
  });

  it('draws yesterday: the sale reaches the inspector queue', async () => {
    const run = expectStatus(
      await inspector('POST', '/api/qa/sampling-runs', { tier: 'daily', period: yesterday() }),
      201,
    ).body;
    expect(run.items.map((i: { callId: number }) => i.callId)).toEqual([trial.saleId]);
    const queue = expectStatus(await inspector('GET', '/api/qa/queue'), 200).body;
    expect(queue).toEqual([
      expect.objectContaining({ call: expect.objectContaining({ id: trial.saleId }) }),
    ]);
  });

  it('a failing review makes the call invalid, cancels the trial, opens a call-back, a penalty and a re-check', async () => {
    const [item] = expectStatus(await inspector('GET', '/api/qa/queue'), 200).body;
    const review = expectStatus(
      await inspector('POST', '/api/qa/reviews', {
        itemId: item.id,
        rules: { ...PASS, consent: 'fail' },
        notes: '客户没有明确同意开通',
      }),
      201,
    ).body;
    expect(review).toMatchObject({ callId: trial.saleId, passed: false, status: 'current' });
    reviewId = review.id;

    const call = expectStatus(await auditor('GET', `/api/calls/${trial.saleId}`), 200).body;
    expect(call.finalVerdict).toEqual({ status: 'invalid', source: 'review' });
    expect(call.reviews).toEqual([expect.objectContaining({ id: reviewId, passed: false })]);
    expect(await getTrial(auditor, trial.trialId)).toMatchObject({
      status: 'cancelled',
      cancelReason: 'sale_invalid',
    });
    const tasks = expectStatus(await auditor('GET', '/api/qa/remedial-tasks?status=open'), 200);
    expect(tasks.body).toEqual([expect.objectContaining({ callId: trial.saleId, status: 'open' })]);
    const penalties = expectStatus(await auditor('GET', '/api/qa/penalties?agentCode=A001'), 200);
    expect(penalties.body).toEqual([
      expect.objectContaining({ callId: trial.saleId, rescindedAt: null }),
    ]);
    const rechecks = expectStatus(await auditor('GET', '/api/qa/rechecks'), 200).body;
    expect(rechecks.map((r: { agentCode: string }) => r.agentCode)).toEqual(['A001']);
    const report = expectStatus(await auditor('GET', `/api/reports/weekly?week=${week()}`), 200);
    expect(report.body.confirmations.cancelled).toBe(1);
    const [cancelled] = await billing.eventsOf(trial.trialId, 1);
    expect(cancelled).toMatchObject({ type: 'trial.cancelled', reason: 'sale_invalid' });
  });

  it('an overturn to all-pass restores everything: valid call, trial reinstated, no call-back, penalty or re-check', async () => {
    expect(
      (
        await inspector('POST', `/api/qa/reviews/${reviewId}/overturn`, {
          rules: PASS,
          reason: 'x',
        })
      ).status,
    ).toBe(403);
    const overturn = expectStatus(
      await supervisor('POST', `/api/qa/reviews/${reviewId}/overturn`, {
        rules: PASS,
        reason: '录音中客户明确说了“好的，开通吧”，同意标准应为通过',
      }),
      201,
    ).body;
    expect(overturn).toMatchObject({ kind: 'overturn', overturnsReviewId: reviewId, passed: true });

    const call = expectStatus(await auditor('GET', `/api/calls/${trial.saleId}`), 200).body;
    expect(call.finalVerdict).toEqual({ status: 'valid', source: 'review' });
    expect(call.saleStatus).toBe('activated');
    const reinstated = await getTrial(auditor, trial.trialId);
    expect(reinstated).toMatchObject({
      status: 'trial',
      cancelReason: null,
      trialEnd: trial.trialEnd,
    });
    expect(reinstated.confirmations.map((c) => c.status)).toEqual(['scheduled', 'scheduled']);
    expect(
      expectStatus(await auditor('GET', '/api/qa/remedial-tasks?status=open'), 200).body,
    ).toEqual([]);
    const cancelled = expectStatus(
      await auditor('GET', '/api/qa/remedial-tasks?status=cancelled'),
      200,
    );
    expect(cancelled.body).toEqual([expect.objectContaining({ callId: trial.saleId })]);
    const penalties = expectStatus(await auditor('GET', '/api/qa/penalties?agentCode=A001'), 200);
    expect(penalties.body).toEqual([
      expect.objectContaining({ callId: trial.saleId, rescindedAt: expect.any(String) }),
    ]);
    expect(expectStatus(await auditor('GET', '/api/qa/rechecks'), 200).body).toEqual([]);
    const report = expectStatus(await auditor('GET', `/api/reports/weekly?week=${week()}`), 200);
    expect(report.body.confirmations.cancelled).toBe(0);
    // Billing hears the cancellation was withdrawn; it is not charged (the gate still decides).
    const events = await billing.eventsOf(trial.trialId, 2);
    expect(events.map((e) => e.type)).toEqual(['trial.cancelled', 'trial.reinstated']);
    const history = expectStatus(
      await auditor('GET', `/api/qa/reviews?callId=${trial.saleId}`),
      200,
    );
    expect(history.body.map((r: { kind: string; status: string }) => [r.kind, r.status])).toEqual([
      ['review', 'overturned'],
      ['overturn', 'current'],
    ]);
  });
});
