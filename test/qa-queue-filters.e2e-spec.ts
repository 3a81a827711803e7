import { DataSource } from 'typeorm';
import { SampleItem } from '../src/qa/sampling/sample-item.entity.js';
import { seedDevCatalogue } from './helpers/catalogue-seed.js';
import { CONSENT_FAIL_SALE, drawRun, IDENTITY_FAIL_SALE, sale } from './helpers/qa-calls.js';
import { bearer, startTestApp, type TestApp } from './helpers/test-app.js';

type Headers = Record<string, string>;
type QueueItem = { id: number; call: { id: number; externalId: string; agentCode: string } };

/**
 * Four drawn calls, all in one inspector's queue: the queue route narrows,
 * searches and orders them in SQL, and refuses a bad filter by name.
 */
describe('the review queue: filters, search and sort in the API', () => {
  let t: TestApp;
  let inspector: Headers;
  const ids: Record<string, number> = {};

  const keys = async (query: string) => {
    const res = await t.http().get(`/api/qa/queue${query}`).set(inspector).expect(200);
    return (res.body as QueueItem[]).map((i) => i.call.externalId);
  };

  beforeAll(async () => {
    t = await startTestApp({ QA_SCHEDULER: 'off' });
    await seedDevCatalogue(t);
    const agent = bearer(await t.tokenFor('agent', 'dialer'));
    inspector = bearer(await t.tokenFor('inspector', 'only inspector'));
    const at = (hhmm: string) => `2026-10-07T${hhmm}:00+08:00`;
    const calls: [string, Record<string, unknown>][] = [
      ['Q-K1', sale('Q-K1', { agentCode: 'A003', startedAt: at('10:00') })],
      [
        'Q-K2',
        sale('Q-K2', { agentCode: 'A002', startedAt: at('10:01'), base: CONSENT_FAIL_SALE }),
      ],
      ['Q-K3', sale('Q-K3', { agentCode: 'A001', startedAt: at('10:02'), flagged: true })],
      [
        'Q-K4',
        sale('Q-K4', { agentCode: 'A004', startedAt: at('10:03'), base: IDENTITY_FAIL_SALE }),
      ],
    ];
    for (const [key, body] of calls)
      ids[key] = (await t.http().post('/api/calls').set(agent).send(body).expect(201)).body.id;
    const run = (await drawRun(t, inspector, 'daily', '2026-10-07').expect(201)).body;
    // Due times in reverse of the draw: K4 first; K1 already past due.
    const repo = t.app.get(DataSource).getRepository(SampleItem);
    const hour = 3_600_000;
    for (const item of run.items as { id: number; callId: number }[]) {
      const key = Object.keys(ids).find((k) => ids[k] === item.callId)!;
      const due = { 'Q-K1': -hour, 'Q-K2': 3 * hour, 'Q-K3': 2 * hour, 'Q-K4': hour }[key]!;
      await repo.update(item.id, { dueAt: new Date(Date.now() + due) });
    }
  });
  afterAll(() => t.close());

  it('filters by tier, reason, failed standard, agent and overdue', async () => {
    expect(await keys('')).toHaveLength(4);
    expect(await keys('?tier=weekly')).toEqual([]);
    expect((await keys('?tier=daily')).sort()).toEqual(['Q-K1', 'Q-K2', 'Q-K3', 'Q-K4']);
    // K1 passed the checker: the random share; the others are flagged.
    expect(await keys('?reason=random')).toEqual(['Q-K1']);
    expect(await keys('?failedStandard=consent')).toEqual(['Q-K2']);
    expect(await keys('?failedStandard=identity')).toEqual(['Q-K4']);
    expect(await keys('?agent=A002')).toEqual(['Q-K2']);
    expect(await keys('?overdue=true')).toEqual(['Q-K1']);
    expect((await keys('?overdue=false')).sort()).toEqual(['Q-K2', 'Q-K3', 'Q-K4']);
    expect(await keys('?reason=flagged&failedStandard=consent&overdue=false')).toEqual(['Q-K2']);
  });

  it('searches the external id or the agent code, taking % and _ literally', async () => {
    expect(await keys('?search=q-k3')).toEqual(['Q-K3']);
    expect(await keys('?search=a004')).toEqual(['Q-K4']);
    expect(await keys('?search=%25')).toEqual([]);
    expect(await keys('?search=Q_K')).toEqual([]);
  });

  it('sorts by drawn time, due time or agent, and pages', async () => {
    const age = await keys('?sort=age');
    expect(age).toEqual(await keys(''));
    expect(await keys('?sort=due')).toEqual(['Q-K1', 'Q-K4', 'Q-K3', 'Q-K2']);
    expect(await keys('?sort=agent')).toEqual(['Q-K3', 'Q-K2', 'Q-K1', 'Q-K4']);
    expect(await keys('?sort=due&limit=2&offset=1')).toEqual(['Q-K4', 'Q-K3']);
  });

  it('refuses a bad filter with a 400 that names it', async () => {
    for (const [query, field] of [
      ['tier=monthly', 'tier'],
      ['reason=whim', 'reason'],
      ['failedStandard=politeness', 'failedStandard'],
      ['overdue=yes', 'overdue'],
      ['sort=name', 'sort'],
      ['limit=0', 'limit'],
      ['limit=501', 'limit'],
      ['offset=-1', 'offset'],
      ['search=' + 'x'.repeat(65), 'search'],
      ['colour=red', 'colour'],
    ]) {
      const res = await t.http().get(`/api/qa/queue?${query}`).set(inspector).expect(400);
      expect(JSON.stringify(res.body.message)).toContain(field);
    }
  });
});
