import { parse } from 'csv-parse/sync';
import { ComplaintReader } from '../src/complaints/index.js';
import { drawSample, WORK_ORDER_CRITERIA, workOrderPopulation } from '../src/qa/domain/index.js';
import { ADMIN_TOKEN, bearer, startTestApp, type TestApp } from './helpers/test-app.js';
import { closedComplaint } from './helpers/work-orders.js';

type Item = { id: number; complaintId: number; flags: string[]; handler: { name: string } };

const pass = { pass: true };
const allPass = Object.fromEntries(WORK_ORDER_CRITERIA.map((c) => [c, pass]));
const failing = (criterion: string, note?: string) => ({
  checks: { ...allPass, [criterion]: { pass: false, ...(note !== undefined && { note }) } },
});

/**
 * 工单质量双向质检 (issue 17): the week's closed complaints are drawn (every
 * reopened or overdue one plus 10% of the week), a supervisor reviews each
 * against the qualified-work-order checklist, the handler contests a fail once,
 * a second supervisor decides, and the weekly report counts it per handler.
 */
describe('qa: work-order QA, end to end', () => {
  let t: TestApp;
  let handlerA: Record<string, string>;
  let handlerB: Record<string, string>;
  let first: Record<string, string>;
  let second: Record<string, string>;
  const admin = bearer(ADMIN_TOKEN);
  let run: { id: number; seed: string; items: Item[] };
  let reopened: Item;
  let overdue: Item;
  let random: Item;

  beforeAll(async () => {
    t = await startTestApp();
    handlerA = bearer(await t.tokenFor('inspector', '处理员 甲'));
    handlerB = bearer(await t.tokenFor('inspector', '处理员 乙'));
    first = bearer(await t.tokenFor('supervisor', '主管 一'));
    second = bearer(await t.tokenFor('supervisor', '主管 二'));
    await closedComplaint(t, handlerA, '13700002001', 'reopened');
    await closedComplaint(t, handlerA, '13700002002', 'overdue');
    for (let n = 3; n <= 10; n++)
      await closedComplaint(
        t,
        n <= 6 ? handlerA : handlerB,
        `137000020${n < 10 ? '0' : ''}${n}`,
        'on_time',
      );
  }, 120_000);
  afterAll(() => t.close());

  const post = (path: string, who: Record<string, string>, body: object) =>
    t.http().post(`/api/qa/work-orders${path}`).set(who).send(body);

  it('refuses a week that has not ended, or is not a week, with 400 naming period', async () => {
    for (const period of ['2099-W01', '2026-11-20', 'x']) {
      const res = await post('/runs', first, { period }).expect(400);
      expect(JSON.stringify(res.body.message)).toContain('period');
    }
  });

  it('draws every reopened or overdue work order plus 10% of the week, once and reproducibly', async () => {
    const drawn = await post('/runs', first, { period: '2026-W47' }).expect(201);
    expect(drawn.body).toMatchObject({
      populationSize: 10,
      quota: 1,
      flaggedCount: 2,
      sampleSize: 3,
    });
    run = drawn.body;
    reopened = run.items.find((i) => i.flags.includes('reopened'))!;
    overdue = run.items.find((i) => i.flags.includes('resolution'))!;
    random = run.items.find((i) => i.flags.length === 0)!;
    expect([reopened, overdue, random].every(Boolean)).toBe(true);
    const again = await post('/runs', second, { period: '2026-W47' }).expect(200);
    expect(again.body).toMatchObject({ id: run.id, seed: run.seed, sampleSize: 3 });
    // An auditor re-runs the draw from the stored seed and the week's closed complaints.
    const closed = await t.app
      .get(ComplaintReader)
      .closedBetween(new Date(drawn.body.periodStart), new Date(drawn.body.periodEnd));
    const redraw = drawSample({
      seed: run.seed,
      rate: 0.1,
      population: workOrderPopulation(closed),
    });
    expect(redraw.items.map((i) => i.callId)).toEqual(run.items.map((i) => i.complaintId));
  });

  it('reviews per criterion: a fail needs a note, only the tier role reviews, and only once', async () => {
    const noNote = await post(`/${reopened.id}/review`, first, failing('calledBack')).expect(400);
    expect(JSON.stringify(noNote.body.message)).toContain('checks.calledBack.note');
    const missing = await post(`/${reopened.id}/review`, first, {
      checks: { causeRecorded: pass },
    });
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.body.message)).toContain('outcomeRecorded');
    const inspector = await post(`/${reopened.id}/review`, handlerB, { checks: allPass }).expect(
      403,
    );
    expect(inspector.body.code).toBe('WORK_ORDER_REVIEWER_ROLE');
    const failed = await post(
      `/${reopened.id}/review`,
      first,
      failing('calledBack', '回访未记录客户意见'),
    );
    expect(failed.status).toBe(200);
    expect(failed.body).toMatchObject({ status: 'failed', passed: false, failed: ['calledBack'] });
    const twice = await post(`/${reopened.id}/review`, second, { checks: allPass }).expect(409);
    expect(twice.body.code).toBe('WORK_ORDER_ALREADY_REVIEWED');
    await post(`/${overdue.id}/review`, first, failing('withinLimits', '处理超过72小时')).expect(
      200,
    );
    const passed = await post(`/${random.id}/review`, first, { checks: allPass }).expect(200);
    expect(passed.body).toMatchObject({ status: 'passed', passed: true, failed: [] });
  });

  it('sends a fail back to its handler, who contests it once', async () => {
    const mine = await t.http().get('/api/qa/work-orders/mine').set(handlerA).expect(200);
    const back = mine.body.items.find((i: Item) => i.id === reopened.id);
    expect(back.checks.calledBack).toEqual({ pass: false, note: '回访未记录客户意见' });
    const other = await post(`/${reopened.id}/contest`, handlerB, { reason: '不是我的' }).expect(
      403,
    );
    expect(other.body.code).toBe('WORK_ORDER_NOT_HANDLER');
    const contested = await post(`/${reopened.id}/contest`, handlerA, {
      reason: '回访意见已记在备注',
    });
    expect(contested.status).toBe(200);
    expect(contested.body).toMatchObject({
      status: 'contested',
      contestReason: '回访意见已记在备注',
    });
    const again = await post(`/${reopened.id}/contest`, handlerA, { reason: '再申诉' }).expect(409);
    expect(again.body.code).toBe('WORK_ORDER_ALREADY_CONTESTED');
    const handlerOfRandom = random.handler.name === '处理员 甲' ? handlerA : handlerB;
    const notFailed = await post(`/${random.id}/contest`, handlerOfRandom, { reason: '无' });
    expect(notFailed.status).toBe(409);
    expect(notFailed.body.code).toBe('WORK_ORDER_NOT_FAILED');
    await post(`/${overdue.id}/contest`, handlerA, { reason: '客户要求延后处理' }).expect(200);
  });

  it('has a second supervisor decide: never the first reviewer; uphold and overturn', async () => {
    const self = await post(`/${reopened.id}/decision`, first, {
      decision: 'overturn',
      note: '改判',
    });
    expect(self.status).toBe(409);
    expect(self.body.code).toBe('WORK_ORDER_SELF_DECISION');
    const bad = await post(`/${reopened.id}/decision`, second, { decision: 'maybe', note: 'x' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.message)).toContain('decision');
    const upheld = await post(`/${reopened.id}/decision`, second, {
      decision: 'uphold',
      note: '维持',
    });
    expect(upheld.status).toBe(200);
    expect(upheld.body).toMatchObject({
      status: 'upheld',
      passed: false,
      decidedBy: { name: '主管 二' },
    });
    const done = await post(`/${reopened.id}/decision`, second, {
      decision: 'overturn',
      note: 'x',
    });
    expect(done.status).toBe(409);
    expect(done.body.code).toBe('WORK_ORDER_ALREADY_DECIDED');
    const overturned = await post(`/${overdue.id}/decision`, second, {
      decision: 'overturn',
      note: '客户要求',
    });
    expect(overturned.body).toMatchObject({ status: 'overturned', passed: true });
    const audit = await t.http().get('/api/audit?entity=qa_work_order_item').set(admin).expect(200);
    const actions = audit.body.items.map((e: { action: string }) => e.action);
    for (const a of ['qa.work_order.review', 'qa.work_order.contest', 'qa.work_order.decide'])
      expect(actions).toContain(a);
  });

  it('shows the figures per handler in the weekly report: JSON, CSV and the printed page', async () => {
    const aOnly = random.handler.name === '处理员 甲';
    const report = await t.http().get('/api/reports/weekly?week=2026-W47').set(admin).expect(200);
    expect(report.body.workOrderQa).toMatchObject({
      sampled: 3,
      reviewed: 3,
      passed: 2,
      passRate: 0.6667,
      contested: 2,
      overturned: 1,
    });
    const a = report.body.workOrderQa.handlers.find(
      (h: { handler: { name: string } }) => h.handler.name === '处理员 甲',
    );
    expect(a).toMatchObject(
      aOnly
        ? { reviewed: 3, passed: 2, passRate: 0.6667, contested: 2, overturned: 1 }
        : { reviewed: 2, passed: 1, passRate: 0.5, contested: 2, overturned: 1 },
    );
    const csv = await t.http().get('/api/reports/weekly?week=2026-W47&format=csv').set(admin);
    const rows = parse(csv.text, { columns: true }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({
      scope: 'centre',
      workOrdersReviewed: '3',
      workOrderPassRate: '0.6667',
    });
    expect(rows.find((r) => r.scope === 'handler' && r.handler === '处理员 甲')).toMatchObject({
      workOrdersContested: '2',
      workOrdersOverturned: '1',
    });
    const page = await t.http().get('/reports/weekly/2026-W47').set(admin).expect(200);
    expect(page.text).toContain('工单质量双向质检');
    expect(page.text).toContain('处理员 甲');
  });
});
