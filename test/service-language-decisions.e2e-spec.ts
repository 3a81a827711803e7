import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import { ReportSnapshot } from '../src/reports/snapshots/report-snapshot.entity.js';
import { seedDevCatalogue } from './helpers/catalogue-seed.js';
import {
  CLEAN_SALE,
  languageCall as call,
  TABOO_KEY as KEY,
  TABOO_TRANSCRIPT as TABOO,
} from './helpers/service-language-calls.js';
import { ADMIN_TOKEN, bearer, startTestApp, type TestApp } from './helpers/test-app.js';

type Headers = Record<string, string>;
const WEEK = '2026-W47';

/** 2026-W47: three taboo calls (one imported) and a clean one; inspectors confirm and dismiss. */
describe('service-language findings: confirm / dismiss, and the weekly figures', () => {
  let t: TestApp;
  let agent: Headers;
  let inspector: Headers;
  let auditor: Headers;
  const ids: Record<string, number> = {};
  const decide = (id: number, body: object, who: Headers = inspector) =>
    t.http().post(`/api/calls/${id}/service-language/decisions`).set(who).send(body);
  const report = async () =>
    (await t.http().get(`/api/reports/weekly?week=${WEEK}`).set(auditor).expect(200)).body
      .serviceLanguage;

  beforeAll(async () => {
    t = await startTestApp({ QA_SCHEDULER: 'off' });
    await seedDevCatalogue(t);
    agent = bearer(await t.tokenFor('agent', 'dialer'));
    inspector = bearer(await t.tokenFor('inspector', '质检员甲'));
    auditor = bearer(await t.tokenFor('auditor'));
    for (const [key, code, day, transcript] of [
      ['T1', 'A001', 17, TABOO],
      ['T2', 'A002', 18, TABOO],
      ['OK', 'A002', 19, CLEAN_SALE.transcript],
    ] as const) {
      const res = await t
        .http()
        .post('/api/calls')
        .set(agent)
        .send(call(key, code, day, [...transcript]))
        .expect(201);
      ids[key] = res.body.id;
    }
    await t
      .http()
      .post('/api/calls/import')
      .set(agent)
      .set('Content-Type', 'application/x-ndjson')
      .send(JSON.stringify(call('IMP', 'A003', 20, TABOO)))
      .expect(200);
    const imported = await t.http().get('/api/calls?agentCode=A003').set(auditor).expect(200);
    ids.IMP = imported.body.items[0].id;
  });
  afterAll(() => t.close());

  it('lists each finding with its key and no decision yet', async () => {
    const { body } = await t.http().get(`/api/calls/${ids.T1}/service-language`).set(auditor);
    expect(body).toMatchObject({ callId: ids.T1, score: 85, countedScore: 85 });
    expect(body.findings).toEqual([
      expect.objectContaining({
        kind: 'taboo',
        key: KEY,
        family: 'taboo.shirking',
        decision: null,
      }),
    ]);
  });

  it('counts every taboo call, per agent and team, with recurring findings linking to the calls', async () => {
    const sl = await report();
    expect(sl).toMatchObject({ scored: 4, meanScore: 88.8, tabooCalls: 3, tabooRate: 0.75 });
    expect(
      sl.agents.map((a: { agentCode: string; meanScore: number }) => [a.agentCode, a.meanScore]),
    ).toEqual([
      ['A001', 85],
      ['A002', 92.5],
      ['A003', 85],
    ]);
    expect(sl.teams).toEqual([
      expect.objectContaining({
        team: 'T1',
        agents: 2,
        scored: 3,
        tabooCalls: 2,
        tabooRate: 0.6667,
      }),
      expect.objectContaining({ team: 'T2', agents: 1, scored: 1, tabooCalls: 1 }),
    ]);
    const ordered = [ids.T1, ids.T2, ids.IMP].sort((a, b) => a - b);
    expect(sl.recurring).toEqual([
      expect.objectContaining({
        kind: 'taboo',
        label: '服务禁语',
        family: 'taboo.shirking',
        calls: 3,
        findings: 3,
        examples: ordered.map((callId) => ({ callId, url: `/console/calls/${callId}` })),
      }),
    ]);
  });

  it('a dismissed finding leaves the counted score and the weekly figures; re-evaluation keeps it', async () => {
    const res = await decide(ids.T2, {
      key: KEY,
      decision: 'dismissed',
      note: '坐席在复述客户的话',
    }).expect(200);
    expect(res.body).toMatchObject({ score: 85, countedScore: 100 });
    expect(res.body.findings[0].decision).toMatchObject({
      decision: 'dismissed',
      note: '坐席在复述客户的话',
      decidedBy: { name: '质检员甲' },
    });
    await t.http().post(`/api/calls/${ids.T2}/evaluate`).set(inspector).expect(200);
    const sl = await report();
    expect(sl).toMatchObject({ scored: 4, tabooCalls: 2, meanScore: 92.5 });
    expect(sl.agents.find((a: { agentCode: string }) => a.agentCode === 'A002')).toMatchObject({
      meanScore: 100,
      tabooCalls: 0,
    });
    expect(sl.recurring[0]).toMatchObject({ calls: 2, findings: 2 });
    const audit = await t
      .http()
      .get('/api/audit?action=call.service_language.decide')
      .set(bearer(ADMIN_TOKEN))
      .expect(200);
    expect(audit.body.items).toContainEqual(
      expect.objectContaining({ entityId: String(ids.T2), statusCode: 200, actorName: '质检员甲' }),
    );
  });

  it('confirming counts the finding; a later decision replaces the earlier one', async () => {
    await decide(ids.T1, { key: KEY, decision: 'confirmed' }).expect(200);
    await decide(ids.IMP, { key: KEY, decision: 'dismissed' }).expect(200);
    const back = await decide(ids.IMP, { key: KEY, decision: 'confirmed', note: ' ' }).expect(200);
    expect(back.body).toMatchObject({ countedScore: 85 });
    expect(back.body.findings[0].decision).toMatchObject({ decision: 'confirmed', note: null });
    expect(await report()).toMatchObject({ tabooCalls: 2 });
  });

  it('refuses bad input with 4xx naming the field, and non-reviewers', async () => {
    const bad = await decide(ids.T1, { key: 'nope', decision: 'maybe', note: 'x'.repeat(2001) });
    expect(bad.status).toBe(400);
    for (const field of ['key', 'decision', 'note'])
      expect(JSON.stringify(bad.body.message)).toContain(field);
    const missing = await decide(ids.OK, { key: 'greeting@0', decision: 'dismissed' }).expect(404);
    expect(missing.body).toMatchObject({ code: 'SERVICE_LANGUAGE_FINDING_NOT_FOUND' });
    expect(missing.body.message).toMatch(/^key: /);
    await decide(999_999, { key: KEY, decision: 'dismissed' }).expect(404);
    await t.http().get('/api/calls/abc/service-language').set(auditor).expect(400);
    await decide(ids.T1, { key: KEY, decision: 'dismissed' }, auditor).expect(403);
    await decide(ids.T1, { key: KEY, decision: 'dismissed' }, agent).expect(403);
  });

  it('shows the figures in the CSV and on the printed page, and an older revision still prints', async () => {
    const csv = await t.http().get(`/api/reports/weekly?week=${WEEK}&format=csv`).set(auditor);
    const rows = parse(csv.text, { columns: true }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({
      scope: 'centre',
      slScored: '4',
      slTabooCalls: '2',
      slTabooRate: '0.5',
    });
    expect(rows.find((r) => r.scope === 'agent' && r.agentCode === 'A002')).toMatchObject({
      slMeanScore: '100',
    });
    const finding = rows.find((r) => r.scope === 'service_language_finding')!;
    expect(finding).toMatchObject({ findingCalls: '2', findingCount: '2' });
    expect(finding.finding).toMatch(/^taboo:/);
    expect(finding.findingExamples).toContain(`/console/calls/${ids.T1}`);

    const page = await t.http().get(`/reports/weekly/${WEEK}`).set(auditor).expect(200);
    expect(page.text).toContain('九、服务用语');
    expect(page.text).toContain('反复出现的服务用语问题');
    expect(page.text).toContain(`href="/console/calls/${ids.T1}"`);

    const admin = bearer(ADMIN_TOKEN);
    await t.http().post(`/api/reports/weekly/${WEEK}/revisions`).set(admin).send({}).expect(201);
    const snapshots = t.app.get(DataSource).getRepository(ReportSnapshot);
    const stored = await snapshots.findOneByOrFail({ week: WEEK, revision: 1 });
    const { serviceLanguage: _dropped, ...before } = stored.figures;
    await snapshots.update(stored.id, { figures: before });
    const old = await t.http().get(`/reports/weekly/${WEEK}?revision=1`).set(auditor).expect(200);
    expect(old.text).toContain('本版报告生成时尚未统计服务用语');
    const oldCsv = await t
      .http()
      .get(`/api/reports/weekly/${WEEK}/revisions/1`)
      .set(auditor)
      .expect(200);
    expect(oldCsv.body.figures.serviceLanguage).toBeUndefined();
  });
});
