import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../src/database/migrations/index.js';
import { ServiceLanguageDecisions1796414400465 } from '../src/database/migrations/1796414400465-service-language-decisions.js';
import { seedDevCatalogue } from './helpers/catalogue-seed.js';
import {
  CLEAN_SALE,
  languageCall,
  TABOO_KEY,
  TABOO_TRANSCRIPT,
} from './helpers/service-language-calls.js';
import { bearer, startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * Calls stored before the decisions migration get their counted score, taboos
 * and finding rows from their stored verdict: the weekly report counts them
 * as it counts new calls.
 */
describe('service-language migration backfills calls checked before it', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ QA_SCHEDULER: 'off' });
  });
  afterAll(() => t.close());

  it('rebuilds sl_score, sl_taboos and the findings from stored verdicts', async () => {
    await seedDevCatalogue(t);
    const agent = bearer(await t.tokenFor('agent', 'dialer'));
    const auditor = bearer(await t.tokenFor('auditor'));
    for (const [key, day, transcript] of [
      ['B1', 17, TABOO_TRANSCRIPT],
      ['B2', 18, TABOO_TRANSCRIPT],
      ['B3', 19, CLEAN_SALE.transcript],
    ] as const)
      await t
        .http()
        .post('/api/calls')
        .set(agent)
        .send(languageCall(key, 'A001', day, [...transcript]))
        .expect(201);
    const figures = async () =>
      (await t.http().get('/api/reports/weekly?week=2026-W47').set(auditor).expect(200)).body
        .serviceLanguage;
    const before = await figures();
    expect(before).toMatchObject({ scored: 3, tabooCalls: 2, meanScore: 90 });
    expect(before.recurring).toHaveLength(1);

    const ds = t.app.get(DataSource);
    const mine = MIGRATIONS.indexOf(ServiceLanguageDecisions1796414400465);
    for (let i = MIGRATIONS.length; i > mine; i--)
      await ds.undoLastMigration({ transaction: 'each' });
    await ds.runMigrations({ transaction: 'each' });

    expect(await figures()).toEqual(before);
    const [call] = (await t.http().get('/api/calls?agentCode=A001&to=2026-11-17').set(auditor)).body
      .items;
    const listed = await t.http().get(`/api/calls/${call.id}/service-language`).set(auditor);
    expect(listed.body.findings.map((f: { key: string }) => f.key)).toEqual([TABOO_KEY]);
  });
});
