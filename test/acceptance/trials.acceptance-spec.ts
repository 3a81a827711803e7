import { confirmationCall, declineCall, unreachableCall } from '../helpers/trial-calls.js';
import { BillingReceiver } from './billing.js';
import { createAccount, seedCatalogue } from './catalogue.js';
import { type CompiledService, startCompiledService } from './compiled-service.js';
import { bearer, client, type Client, expectStatus } from './http.js';
import {
  fireUntilClosed,
  gateOf,
  getTrial,
  minutesAgo,
  recordStep,
  sellTrial,
  type SoldTrial,
} from './trial-flow.js';

const dialect = process.env.TEST_DIALECT === 'postgres' ? 'postgres' : 'sqlite';

/**
 * Confirmation outcomes and the charge gate against `node dist/main.js`. The gate is
 * 30 days away, so the service runs with TEST_CLOCK=on (test-only: an admin may pin
 * the trials' clock) and the test promotes the trial's delayed job; billing events
 * arrive, signed, at a local receiver standing in for BILLING_WEBHOOK_URL.
 */
describe(`compiled service: confirmation outcomes and the charge gate (${dialect})`, () => {
  let svc: CompiledService;
  let admin: Client;
  let agent: Client;
  const billing = new BillingReceiver();

  beforeAll(async () => {
    svc = await startCompiledService(dialect, { TEST_CLOCK: 'on', ...(await billing.start()) });
    admin = client(svc.base, bearer(svc.adminToken));
    await seedCatalogue(admin);
    agent = client(svc.base, bearer((await createAccount(admin, 'agent')).token));
  }, 180_000);
  afterAll(async () => {
    await svc?.stop();
    await billing.stop();
  });

  const eventsOf = (trialId: number, count: number) => billing.eventsOf(trialId, count);

  const confirmCall = (trial: SoldTrial, n: number) =>
    confirmationCall(`CONFIRM-${trial.phone}-${n}`, {
      trialId: trial.trialId,
      phone: trial.phone,
      startedAt: minutesAgo(5 - n),
      trialEnd: trial.trialEnd,
      saleDate: trial.saleDate,
    });

  const continueBoth = async (trial: SoldTrial) => {
    for (const n of [1, 2]) {
      expectStatus(
        await recordStep(agent, trial.trialId, n, 'continue', confirmCall(trial, n)),
        200,
      );
    }
  };

  const pinClock = async (now: string | null) =>
    expectStatus(await admin('PUT', '/api/admin/test-clock', { now }), 200).body;

  it('decline: a valid call where the customer says no cancels the trial at once', async () => {
    const trial = await sellTrial(agent);
    const call = {
      ...declineCall(`DECLINE-${trial.phone}`, {
        trialId: trial.trialId,
        phone: trial.phone,
        startedAt: minutesAgo(2),
        trialEnd: trial.trialEnd,
      }),
      agentCode: 'A001',
    };
    const res = expectStatus(await recordStep(agent, trial.trialId, 1, 'decline', call), 200);
    expect(res.body).toMatchObject({ status: 'cancelled', cancelReason: 'declined' });
    expect(res.body.confirmations[0]).toMatchObject({ status: 'done', outcome: 'decline' });
    const [event] = await eventsOf(trial.trialId, 1);
    expect(event).toMatchObject({ type: 'trial.cancelled', reason: 'declined' });
    // A closed trial takes no more outcomes.
    const again = await recordStep(agent, trial.trialId, 1, 'continue', confirmCall(trial, 1));
    expect(again.status).toBe(409);
    expect(again.text).toContain('TRIAL_CLOSED');
  });

  it('unreachable: the first extends the trial by one period (both steps start over), the second cancels it', async () => {
    const trial = await sellTrial(agent);
    const noAnswer = (n: number) =>
      unreachableCall(`NOANSWER-${trial.phone}-${n}`, {
        trialId: trial.trialId,
        phone: trial.phone,
        startedAt: minutesAgo(4 - n),
        trialEnd: trial.trialEnd,
      });
    const first = expectStatus(
      await recordStep(agent, trial.trialId, 1, 'unreachable', noAnswer(1)),
      200,
    );
    const extendedEnd = gateOf(trial.trialEnd).plus({ days: 29 }).toISODate();
    expect(first.body).toMatchObject({ status: 'extended', extensions: 1, trialEnd: extendedEnd });
    expect(
      first.body.confirmations.map((c: { status: string; attempt: number }) => [
        c.status,
        c.attempt,
      ]),
    ).toEqual([
      ['scheduled', 2],
      ['scheduled', 2],
    ]);
    const [extended] = await eventsOf(trial.trialId, 1);
    expect(extended).toMatchObject({
      type: 'trial.extended',
      previousTrialEnd: trial.trialEnd,
      trialEnd: extendedEnd,
    });

    const second = expectStatus(
      await recordStep(agent, trial.trialId, 1, 'unreachable', noAnswer(2)),
      200,
    );
    expect(second.body).toMatchObject({ status: 'cancelled', cancelReason: 'unreachable' });
    const events = await eventsOf(trial.trialId, 2);
    expect(events[1]).toMatchObject({ type: 'trial.cancelled', reason: 'unreachable' });
  });

  describe('the charge gate, on a clock the test pins', () => {
    afterEach(() => pinClock(null));

    it('charges a trial confirmed twice, once its last free day has ended', async () => {
      const trial = await sellTrial(agent);
      await continueBoth(trial);
      expect((await getTrial(agent, trial.trialId)).status).toBe('confirmed');

      const pinned = await pinClock(gateOf(trial.trialEnd).plus({ seconds: 1 }).toISO());
      expect(pinned.pinned).toEqual(expect.any(String));
      const health = expectStatus(await admin('GET', '/api/health'), 200).body;
      expect(JSON.stringify(health)).toContain(pinned.pinned);

      expect(await fireUntilClosed(svc.redisUrl, agent, trial.trialId)).toMatchObject({
        status: 'charged',
        cancelReason: null,
      });
      const [charged] = await eventsOf(trial.trialId, 1);
      expect(charged).toMatchObject({
        type: 'trial.charged',
        chargeFrom: gateOf(trial.trialEnd).toISODate(),
        status: 'charged',
      });
    });

    it('cancels a trial with only one confirmation at its gate, and bills nothing', async () => {
      const trial = await sellTrial(agent);
      expectStatus(
        await recordStep(agent, trial.trialId, 1, 'continue', confirmCall(trial, 1)),
        200,
      );

      await pinClock(gateOf(trial.trialEnd).plus({ seconds: 1 }).toISO());
      expect(await fireUntilClosed(svc.redisUrl, agent, trial.trialId)).toMatchObject({
        status: 'cancelled',
        cancelReason: 'not_confirmed',
      });
      const events = await eventsOf(trial.trialId, 1);
      expect(events.map((e) => [e.type, e.reason])).toEqual([['trial.cancelled', 'not_confirmed']]);

      // After the gate no outcome counts any more.
      const late = await recordStep(agent, trial.trialId, 2, 'continue', confirmCall(trial, 2));
      expect(late.status).toBe(409);
    });
  });

  it('lets only an admin move the clock, only to an instant, and says so at start', async () => {
    expect((await agent('PUT', '/api/admin/test-clock', { now: null })).status).toBe(403);
    expect((await admin('PUT', '/api/admin/test-clock', { now: 'tomorrow' })).status).toBe(400);
    const audit = expectStatus(await admin('GET', '/api/audit?action=test_clock.set'), 200);
    expect(audit.body.items.length).toBeGreaterThanOrEqual(2);
    expect(svc.logs()).toContain('TEST_CLOCK=on');
  });
});
