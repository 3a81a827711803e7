import { parse } from 'csv-parse/sync';
import { ADMIN_TOKEN, bearer, type TestApp } from './helpers/test-app.js';
import { type Headers, startWeek47, type Week47 } from './helpers/weekly-report.js';

/** The same report as CSV, a week with nothing in it, and what is refused. */
describe('weekly report: CSV, empty and bad weeks, who may read it', () => {
  let t: TestApp;
  let agent: Headers;
  let inspector: Headers;
  let auditor: Headers;
  let get: Week47['get'];
  beforeAll(async () => {
    ({ t, agent, inspector, auditor, get } = await startWeek47());
  });
  afterAll(() => t.close());

  it('gives the same figures as CSV for Accept: text/csv (and format=csv)', async () => {
    const res = await get('2026-W47').set('Accept', 'text/csv').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const rows = parse(res.text, { columns: true }) as Record<string, string>[];
    expect(rows[0]).toEqual({
      week: '2026-W47',
      scope: 'centre',
      agentCode: '',
      team: '',
      dials: '11',
      connected: '7',
      connectRate: '0.6364',
      sales: '4',
      validSales: '2',
      validRate: '0.5',
      complaints: '4',
      complaintsResolved: '1',
      complaintRate: '1',
      complaintsReopened: '0',
      reopenRate: '',
      // The week's five calls with a transcript (the remedial one too) score 100: no taboo.
      slScored: '5',
      slMeanScore: '100',
      slTabooCalls: '0',
      slTabooRate: '0',
      finding: '',
      findingCalls: '',
      findingCount: '',
      findingExamples: '',
      handler: '',
      workOrdersReviewed: '0',
      workOrdersPassed: '0',
      workOrderPassRate: '',
      workOrdersContested: '0',
      workOrdersOverturned: '0',
      // Every ledger entry of this test was appended after the week ended.
      ledgerHeadSeq: '0',
      ledgerHeadHash: '0'.repeat(64),
    });
    expect(rows.filter((r) => r.scope === 'team').map((r) => r.team)).toEqual(['T1', 'T2']);
    expect(
      rows
        .filter((r) => r.scope === 'agent')
        .map((r) => [r.agentCode, r.validRate, r.complaintRate]),
    ).toEqual([
      ['A001', '0.5', '0.5'],
      ['A002', '0.5', '0.5'],
      ['A003', '', ''],
      ['A004', '', ''],
    ]);
    const viaQuery = await t
      .http()
      .get('/api/reports/weekly?week=2026-W47&format=csv')
      .set(auditor)
      .expect(200);
    expect(viaQuery.text).toBe(res.text);
  });

  it('an empty week is all zeros with null rates, in JSON and CSV', async () => {
    const { body } = await get('2026-W30').expect(200);
    expect(body).toMatchObject({
      week: '2026-W30',
      dials: 0,
      connected: 0,
      connectRate: null,
      sales: 0,
      validSales: 0,
      validRate: null,
      complaints: 0,
      complaintsResolved: 0,
      agents: [],
      teams: [],
      problems: [],
    });
    expect(JSON.stringify(body)).not.toMatch(/NaN|Infinity/);
    const csv = await get('2026-W30').set('Accept', 'text/csv').expect(200);
    expect(csv.text.trim().split('\n')).toEqual([
      'week,scope,agentCode,team,dials,connected,connectRate,sales,validSales,validRate,complaints,complaintsResolved,complaintRate,complaintsReopened,reopenRate,' +
        'slScored,slMeanScore,slTabooCalls,slTabooRate,finding,findingCalls,findingCount,findingExamples,ledgerHeadSeq,ledgerHeadHash,' +
        'handler,workOrdersReviewed,workOrdersPassed,workOrderPassRate,workOrdersContested,workOrdersOverturned',
      `2026-W30,centre,,,0,0,,0,0,,0,0,,0,,0,,0,,,,,,0,${'0'.repeat(64)},,0,0,,0,0`,
    ]);
  });

  it.each(['2026-W54', '2025-W53', '2026-47', 'W47', 'x'])(
    'answers 400 naming week for %p',
    async (week) => {
      const res = await get(week).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(JSON.stringify(res.body.message)).toMatch(/week/);
    },
  );

  it('answers 400 when week is missing, and keeps reports from agents', async () => {
    const res = await t.http().get('/api/reports/weekly').set(auditor).expect(400);
    expect(JSON.stringify(res.body.message)).toMatch(/week is required/);
    await get('2026-W47', agent).expect(403);
    await t.http().get('/api/reports/weekly?week=2026-W47').expect(401);
    for (const role of ['supervisor', 'campaign_manager'] as const)
      await get('2026-W47', bearer(await t.tokenFor(role))).expect(200);
    await get('2026-W47', inspector).expect(200);
    await get('2026-W47', bearer(ADMIN_TOKEN)).expect(200);
  });
});
