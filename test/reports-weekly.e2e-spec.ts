import type { TestApp } from './helpers/test-app.js';
import { drawRun } from './helpers/qa-calls.js';
import { type Headers, startWeek47, type Week47 } from './helpers/weekly-report.js';

/** The figures of 2026-W47 (helpers/weekly-report.ts seeds it), in JSON. */
describe('weekly report: figures of the week, per agent and team, trend, problems, QA', () => {
  let t: TestApp;
  let inspector: Headers;
  let auditor: Headers;
  let ids: Record<string, number>;
  let get: Week47['get'];
  beforeAll(async () => {
    ({ t, inspector, auditor, ids, get } = await startWeek47());
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
    type Category = {
      category: string;
      count: number;
      examples: { complaintId: number; url: string }[];
    };
    const categories = body.complaintCategories as Category[];
    expect(categories.map((c) => [c.category, c.count, c.examples.length])).toEqual([
      ['未经同意开通', 2, 2],
      ['资费疑问', 1, 1],
      ['骚扰电话', 1, 1],
    ]);
    for (const { complaintId, url } of categories.flatMap((c) => c.examples))
      expect(url).toBe(`/api/complaints/${complaintId}`);
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
        label: '每日抽查（10%）',
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
