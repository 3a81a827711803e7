import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { Product } from '../src/catalogue/product.entity.js';
import { previousWeek } from '../src/reports/domain/week.js';
import { OutboxEvent } from '../src/trials/outbox-event.entity.js';
import { TrialStep } from '../src/trials/trial-step.entity.js';
import { Trial } from '../src/trials/trial.entity.js';
import { seedDevCatalogue } from './helpers/catalogue-seed.js';
import { bearer, startTestApp, type TestApp } from './helpers/test-app.js';

const VALID = (
  JSON.parse(readFileSync(new URL('./fixtures/dev-cases.json', import.meta.url), 'utf8')) as {
    id: string;
    call: Record<string, unknown>;
  }[]
).find((c) => c.id === 'D02')!.call;

/**
 * The confirmations section reads what the trials engine stores: step rows
 * with their due time and status, and one outbox event per extension,
 * cancellation and charge. The engine never schedules a step in the past, so
 * a finished week is set up here directly in those tables. An `api` process
 * runs no workers, so nothing moves these rows meanwhile.
 */
describe('weekly report: confirmations, and no schedule in an api process', () => {
  let t: TestApp;
  let auditor: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp({ APP_ROLE: 'api' });
    await seedDevCatalogue(t);
    auditor = bearer(await t.tokenFor('auditor'));
    const agent = bearer(await t.tokenFor('agent'));
    const db = t.app.get(DataSource);
    const product = await db.getRepository(Product).findOneByOrFail({ code: 'MUSIC10' });
    const now = new Date('2026-11-01T02:00:00Z');
    const trialIds: number[] = [];
    for (const phone of ['13600000001', '13600000002', '13600000003']) {
      // A trial belongs to exactly one sale.
      const sale = await t
        .http()
        .post('/api/calls')
        .set(agent)
        .send({
          ...VALID,
          externalId: `RC-${phone}`,
          phone,
          startedAt: '2026-11-01T10:00:00+08:00',
        })
        .expect(201);
      const { identifiers } = await db.getRepository(Trial).insert({
        phone,
        productId: product.id,
        productCode: product.code,
        saleCallId: sale.body.id,
        status: 'trial',
        trialStart: '2026-11-01',
        trialEnd: '2026-11-30',
        trialDays: 30,
        extensions: 0,
        cancelReason: null,
        usedCallIds: [],
        version: 1,
        createdAt: now,
        updatedAt: now,
        closedAt: null,
      });
      trialIds.push(Number(identifiers[0].id));
    }
    const step = (trialId: number, n: 1 | 2, dueAt: string, status: TrialStep['status']) => ({
      trialId,
      step: n,
      status,
      dueAt: new Date(dueAt),
      attempt: 1,
      outcome: null,
      callId: null,
      callingSince: null,
      dialerNotifiedAt: null,
      updatedAt: now,
    });
    await db.getRepository(TrialStep).insert([
      step(trialIds[0], 1, '2026-11-15T16:00:00Z', 'done'), // Monday 00:00 local: in
      step(trialIds[0], 2, '2026-11-22T15:59:59Z', 'invalid'), // Sunday 23:59:59: in, not done
      step(trialIds[1], 1, '2026-11-18T02:00:00Z', 'scheduled'),
      step(trialIds[1], 2, '2026-11-22T16:00:00Z', 'scheduled'), // next week
      step(trialIds[2], 1, '2026-11-15T15:59:59Z', 'done'), // previous week
    ]);
    const event = (type: OutboxEvent['type'], at: string) => ({
      type,
      trialId: trialIds[0],
      payload: {},
      status: 'recorded' as const,
      attempts: 0,
      lastError: null,
      createdAt: new Date(at),
      deliveredAt: null,
    });
    await db.getRepository(OutboxEvent).insert([
      event('trial.extended', '2026-11-17T03:00:00Z'),
      event('trial.cancelled', '2026-11-20T03:00:00Z'),
      event('trial.charged', '2026-11-22T15:59:59Z'),
      event('trial.charged', '2026-11-22T16:00:00Z'), // next week
      event('trial.cancelled', '2026-11-15T15:59:59Z'), // previous week
    ]);
  });
  afterAll(() => t.close());

  it('counts steps due in the week, those done, and the week’s extensions, cancellations and charges', async () => {
    const { body } = await t
      .http()
      .get('/api/reports/weekly?week=2026-W47')
      .set(auditor)
      .expect(200);
    expect(body.confirmations).toEqual({
      due: 3,
      done: 1,
      doneRate: 0.3333,
      extended: 1,
      cancelled: 1,
      charged: 1,
    });
    const empty = await t.http().get('/api/reports/weekly?week=2026-W45').set(auditor).expect(200);
    expect(empty.body.confirmations).toEqual({
      due: 0,
      done: 0,
      doneRate: null,
      extended: 0,
      cancelled: 0,
      charged: 0,
    });
  });

  it('stores no snapshot at start in a process without workers', async () => {
    const week = previousWeek(new Date(), 'Asia/Shanghai');
    const res = await t
      .http()
      .get(`/api/reports/weekly/${week}/revisions`)
      .set(auditor)
      .expect(200);
    expect(res.body).toEqual([]);
  });
});
