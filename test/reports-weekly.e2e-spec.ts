import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { seedDevCatalogue } from './helpers/catalogue-seed.js';
import { drawRun } from './helpers/qa-calls.js';
import {
  type Account,
  ADMIN_TOKEN,
  bearer,
  startTestApp,
  type TestApp,
} from './helpers/test-app.js';

type Headers = Record<string, string>;
const CASES = JSON.parse(
  readFileSync(new URL('./fixtures/dev-cases.json', import.meta.url), 'utf8'),
) as { id: string; call: Record<string, unknown> }[];
const base = (id: string) => CASES.find((c) => c.id === id)!.call;
/** FLOW20 has no trial, so these verdicts hold on any date. */
const VALID = base('D02'); // all four pass
const CONSENT_FAIL = base('D20');
const IDENTITY_FAIL = base('D08');

/**
 * 2026-W47 is Monday 2026-11-16 to Sunday 2026-11-22 in Asia/Shanghai, i.e. the
 * instants 2026-11-15T16:00Z to 2026-11-22T16:00Z. Every outcome kind, valid and
 * invalid sales, a non-marketing call, and calls a minute either side of both edges.
 */
const CALLS: [key: string, agent: string, startedAt: string, outcome: string, body?: object][] = [
  ['A1', 'A001', '2026-11-15T16:05:00Z', 'sale', VALID], // Monday 00:05 local
  ['A2', 'A001', '2026-11-15T15:59:00Z', 'sale', VALID], // Sunday 23:59 of W46
  ['A3', 'A001', '2026-11-17T10:00:00+08:00', 'sale', CONSENT_FAIL],
  ['A4', 'A001', '2026-11-17T10:10:00+08:00', 'refused'],
  ['A5', 'A001', '2026-11-18T10:00:00+08:00', 'no_answer'],
  ['A6', 'A001', '2026-11-18T10:05:00+08:00', 'busy'],
  ['B1', 'A002', '2026-11-22T15:59:00Z', 'sale', VALID], // Sunday 23:59 local
  ['B2', 'A002', '2026-11-22T16:00:00Z', 'sale', VALID], // Monday 00:00 of W48
  ['B3', 'A002', '2026-11-19T11:00:00+08:00', 'unreachable'],
  ['B4', 'A002', '2026-11-19T11:05:00+08:00', 'suspended'],
  ['B5', 'A002', '2026-11-20T11:00:00+08:00', 'hung_up'],
  ['B6', 'A002', '2026-11-20T11:05:00+08:00', 'sale', IDENTITY_FAIL],
  ['C1', 'A003', '2026-11-21T09:00:00+08:00', 'refused'],
  ['C2', 'A003', '2026-11-21T09:30:00+08:00', 'sale', { ...VALID, purpose: 'remedial' }],
  ['D1', 'A004', '2026-11-12T09:00:00+08:00', 'refused'], // W46
];

describe('weekly report: figures, CSV, empty and bad weeks, the page', () => {
  let t: TestApp;
  let agent: Headers;
  let inspector: Headers;
  let auditor: Headers;
  let auditorAccount: Account;
  const ids: Record<string, number> = {};
  const get = (week: string, who: Headers = auditor) =>
    t
      .http()
      .get(`/api/reports/weekly?week=${encodeURIComponent(week)}`)
      .set(who);
  let complainant = 13_700_000_000;
  const complaint = async (body: object, moves: string[] = []) => {
    const res = await t
      .http()
      .post('/api/complaints')
      .set(inspector)
      .send({
        phone: String(complainant++),
        severity: 'minor',
        description: '客户来电反映',
        ...body,
      })
      .expect(201);
    for (const to of moves)
      await t
        .http()
        .post(`/api/complaints/${res.body.id}/transition`)
        .set(inspector)
        .send({ to, note: '处理', outcome: '已向客户解释并致歉' })
        .expect(200);
  };

  beforeAll(async () => {
    t = await startTestApp({ QA_SCHEDULER: 'off' });
    await seedDevCatalogue(t);
    agent = bearer(await t.tokenFor('agent', 'dialer'));
    inspector = bearer(await t.tokenFor('inspector', 'inspector'));
    auditorAccount = await t.accountFor('auditor', 'carrier auditor');
    auditor = bearer(auditorAccount.token);
    let phone = 13_800_000_000;
    for (const [key, agentCode, startedAt, outcome, body] of CALLS) {
      const { transcript, ...rest } = (body ?? VALID) as Record<string, unknown>;
      const res = await t
        .http()
        .post('/api/calls')
        .set(agent)
        .send({
          ...rest,
          // A sale with a recording is a 有效录音: QA draws from these.
          ...(outcome === 'sale' ? { transcript, recordingFile: `recordings/RW-${key}.wav` } : {}),
          externalId: `RW-${key}`,
          agentCode,
          startedAt,
          outcome,
          phone: String(phone++),
        })
        .expect(201);
      ids[key] = res.body.id;
    }
    await complaint(
      { callId: ids.A3, category: '未经同意开通', receivedAt: '2026-11-18T10:00:00+08:00' },
      ['investigating', 'not_valid', 'closed'],
    );
    await complaint({
      callId: ids.B6,
      category: '未经同意开通',
      receivedAt: '2026-11-15T16:00:00Z',
    });
    await complaint({
      phone: '13900000001',
      category: '资费疑问',
      receivedAt: '2026-11-22T15:59:59Z',
    });
    await complaint({ callId: ids.A1, category: '资费疑问', receivedAt: '2026-11-22T16:00:00Z' }); // W48
    await complaint({ callId: ids.A1, category: '资费疑问', receivedAt: '2026-11-15T15:59:59Z' }); // W46
    // Handled but not yet called back and closed: not resolved.
    await complaint(
      { callId: ids.D1, category: '骚扰电话', receivedAt: '2026-11-19T09:00:00+08:00' },
      ['investigating', 'valid', 'handled'],
    );
  });
  afterAll(() => t.close());

  it('checks every headline figure of the week', async () => {
    const { body } = await get('2026-W47').expect(200);
    expect(body).toMatchObject({
      week: '2026-W47',
      from: '2026-11-16',
      to: '2026-11-22',
      dials: 11,
      connected: 7,
      connectRate: 0.6364,
      sales: 4,
      validSales: 2,
      validRate: 0.5,
      invalidRate: 0.5,
      complaints: 4,
      complaintsResolved: 1,
      complaintRate: 1,
      complete: true,
    });
    expect(body.complaintCategories).toEqual([
      { category: '未经同意开通', count: 2 },
      { category: '资费疑问', count: 1 },
      { category: '骚扰电话', count: 1 },
    ]);
  });

  it('gives every agent and team their figures, null where nothing divides', async () => {
    const { body } = await get('2026-W47').expect(200);
    const pick = ({
      agentCode,
      dials,
      sales,
      validSales,
      validRate,
      complaints,
      complaintRate,
    }: Record<string, unknown>) => [
      agentCode,
      dials,
      sales,
      validSales,
      validRate,
      complaints,
      complaintRate,
    ];
    expect(body.agents.map(pick)).toEqual([
      ['A001', 5, 2, 1, 0.5, 1, 0.5],
      ['A002', 5, 2, 1, 0.5, 1, 0.5],
      ['A003', 1, 0, 0, null, 0, null],
      ['A004', 0, 0, 0, null, 1, null],
    ]);
    expect(body.agents[0]).toMatchObject({
      name: '李娜',
      team: 'T1',
      connected: 3,
      connectRate: 0.6,
    });
    expect(body.teams).toEqual([
      expect.objectContaining({
        team: 'T1',
        agents: 2,
        dials: 10,
        connected: 6,
        sales: 4,
        validSales: 2,
        complaints: 2,
        complaintRate: 0.5,
      }),
      expect.objectContaining({
        team: 'T2',
        agents: 2,
        dials: 1,
        connectRate: 1,
        sales: 0,
        validRate: null,
        complaints: 1,
        complaintRate: null,
      }),
    ]);
  });

  it('gives the 8-week trend, the previous week holding the calls just before Monday 00:00', async () => {
    const { body } = await get('2026-W47').expect(200);
    expect(body.trend.map((p: { week: string }) => p.week)).toEqual(
      [40, 41, 42, 43, 44, 45, 46, 47].map((w) => `2026-W${w}`),
    );
    expect(body.trend[6]).toMatchObject({
      dials: 2,
      connected: 2,
      sales: 1,
      validSales: 1,
      validRate: 1,
    });
    expect(body.trend[7]).toMatchObject({ dials: 11, validRate: 0.5, connectRate: 0.6364 });
    expect(body.trend[0]).toMatchObject({ dials: 0, connectRate: null, validRate: null });
    const next = await get('2026-W48').expect(200);
    expect(next.body).toMatchObject({ dials: 1, sales: 1, validSales: 1, complaints: 1 });
  });

  it('lists the failed standards with links to example calls', async () => {
    const { body } = await get('2026-W47').expect(200);
    expect(body.problems).toEqual([
      expect.objectContaining({
        standard: 'identity',
        failures: 1,
        failureRate: 0.25,
        examples: [{ callId: ids.B6, url: `/console/calls/${ids.B6}` }],
      }),
      expect.objectContaining({
        standard: 'consent',
        failures: 1,
        examples: [{ callId: ids.A3, url: `/console/calls/${ids.A3}` }],
      }),
    ]);
    await t.http().get(body.problems[0].examples[0].url).set(auditor).expect(200);
  });

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
      'week,scope,agentCode,team,dials,connected,connectRate,sales,validSales,validRate,complaints,complaintsResolved,complaintRate',
      '2026-W30,centre,,,0,0,,0,0,,0,0,',
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

  it('renders the printable page in Chinese with inline SVG charts, for a bearer or the session cookie', async () => {
    const res = await t.http().get('/reports/weekly/2026-W47').set(auditor).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
    for (const heading of [
      '外呼营销工作周报 2026年第47周',
      '一、本周概况',
      '二、近8周趋势',
      '三、坐席排名',
      '五、质检抽查',
      '六、体验期二次确认',
      '七、投诉与用户反映',
      '八、营销问题汇总',
      '附：指标口径',
    ])
      expect(res.text).toContain(heading);
    expect(res.text).toContain('@media print');
    expect(res.text).toContain('size: A4');
    expect(res.text.match(/<svg /g)).toHaveLength(3);
    expect(res.text).toContain('有效率（有效成交/成交）');
    expect(res.text).toContain(`href="/console/calls/${ids.B6}"`);
    expect(res.text).not.toMatch(/<script|NaN/);
    const cookie = await t
      .http()
      .get('/reports/weekly/2026-W47')
      .set('Cookie', await t.sessionFor(auditorAccount))
      .expect(200);
    expect(cookie.text).toContain('一、本周概况');
  });

  it('guards the page and answers a bad week with a JSON 400', async () => {
    await t.http().get('/reports/weekly/2026-W47').expect(401);
    await t.http().get('/reports/weekly/2026-W47').set(agent).expect(403);
    const bad = await t.http().get('/reports/weekly/2026-W99').set(auditor).expect(400);
    expect(bad.headers['content-type']).toMatch(/json/);
    expect(bad.body.message).toMatch(/week/);
  });
  it("summarises the week's QA draws; a human review overrides the checker per standard", async () => {
    const draw = async (period: string) =>
      (await drawRun(t, inspector, 'daily', period).expect(201)).body as {
        items: { id: number; callId: number }[];
      };
    const tuesday = await draw('2026-11-17');
    const friday = await draw('2026-11-20');
    const review = (run: typeof tuesday, callId: number, rules: Record<string, string>) =>
      t
        .http()
        .post('/api/qa/reviews')
        .set(inspector)
        .send({ itemId: run.items.find((i) => i.callId === callId)!.id, rules, notes: '周报测试' })
        .expect(201);
    const pass = { identity: 'pass', comprehension: 'pass', script: 'pass', consent: 'pass' };
    // The checker failed only consent on A3; the reviewer also fails the script.
    await review(tuesday, ids.A3, { ...pass, script: 'fail', consent: 'fail' });
    // The checker failed identity on B6; the reviewer passes it, so it becomes a valid sale.
    await review(friday, ids.B6, pass);

    const { body } = await get('2026-W47').expect(200);
    expect(body.qa.tiers).toEqual([
      {
        tier: 'daily',
        sampled: tuesday.items.length + friday.items.length,
        reviewed: 2,
        passed: 1,
        passRate: 0.5,
        standards: { identity: 1, comprehension: 1, script: 0.5, consent: 0.5 },
      },
      expect.objectContaining({ tier: 'weekly', sampled: 0, reviewed: 0, passRate: null }),
    ]);
    expect(body.qa).toMatchObject({ reviewed: 2, passRate: 0.5 });
    expect(body).toMatchObject({ sales: 4, validSales: 3, validRate: 0.75 });
    expect(
      body.problems.map((p: { standard: string; examples: { callId: number }[] }) => [
        p.standard,
        p.examples.map((e) => e.callId),
      ]),
    ).toEqual([
      ['script', [ids.A3]],
      ['consent', [ids.A3]],
    ]);
  });
});
