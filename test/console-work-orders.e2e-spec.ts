import type { Browser } from 'playwright-core';
import { WORK_ORDER_CRITERIA } from '../src/qa/domain/index.js';
import {
  launchBrowser,
  listen,
  newPage,
  screenshot,
  signIn,
  type ConsolePage,
} from './helpers/console-browser.js';
import { bearer, dialect, startTestApp, type TestApp } from './helpers/test-app.js';
import { closedComplaint } from './helpers/work-orders.js';

const describeBrowser = dialect() === 'postgres' ? describe.skip : describe;
const SLOW = 90_000;

/** 工单质量双向质检 on the dashboard: the handler sees a failed work order with the reviewer's note. */
describeBrowser('web console in Chromium: a handler sees a failed work order', () => {
  let t: TestApp;
  let browser: Browser;
  let page: ConsolePage;

  beforeAll(async () => {
    t = await startTestApp({ QA_SCHEDULER: 'off' });
    const handler = await t.accountFor('inspector', '处理员 甲');
    const supervisor = bearer(await t.tokenFor('supervisor', '主管 一'));
    await closedComplaint(t, bearer(handler.token), '13700003001', 'reopened');
    const run = await t
      .http()
      .post('/api/qa/work-orders/runs')
      .set(supervisor)
      .send({ period: '2026-W47' })
      .expect(201);
    const checks = Object.fromEntries(WORK_ORDER_CRITERIA.map((c) => [c, { pass: true }]));
    await t
      .http()
      .post(`/api/qa/work-orders/${run.body.items[0].id}/review`)
      .set(supervisor)
      .send({ checks: { ...checks, calledBack: { pass: false, note: '回访未记录客户意见' } } })
      .expect(200);
    browser = await launchBrowser();
    page = await newPage(browser, await listen(t));
    await signIn(page, handler, /\/console\/queue$/);
  }, SLOW);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it(
    'lists it on the dashboard with the note, the reviewer and that it may be contested',
    async () => {
      await page.click('nav >> text=仪表盘');
      await page.waitForSelector('#work-orders table');
      const text = await page.textContent('#work-orders');
      expect(text).toContain('我的不合格工单');
      expect(text).toContain('回访未记录客户意见');
      expect(text).toContain('主管 一');
      expect(text).toContain('不合格（可申诉）');
      await screenshot(page, 'dashboard-work-orders');
      expect(page.errors).toEqual([]);
    },
    SLOW,
  );
});
