import type { Account, TestApp } from './helpers/test-app.js';
import { type Headers, startWeek47 } from './helpers/weekly-report.js';

/** The printable page of 2026-W47: Chinese headings, inline SVG, its guard. */
describe('weekly report: the printable page', () => {
  let t: TestApp;
  let agent: Headers;
  let auditor: Headers;
  let auditorAccount: Account;
  let ids: Record<string, number>;
  beforeAll(async () => {
    ({ t, agent, auditor, auditorAccount, ids } = await startWeek47());
  });
  afterAll(() => t.close());

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
});
