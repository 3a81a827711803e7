import { DateTime } from 'luxon';
import type { Browser } from 'playwright-core';
import { WORK_ORDER_CRITERIA } from '../src/qa/domain/work-order-checklist.js';
import {
  launchBrowser,
  listen,
  newPage,
  screenshot,
  signIn,
  type ConsolePage,
  describeBrowser,
  BROWSER_TIMEOUT,
} from './helpers/console-browser.js';
import {
  ADMIN_TOKEN,
  bearer,
  startTestApp,
  type Account,
  type TestApp,
} from './helpers/test-app.js';
import { closedComplaint } from './helpers/work-orders.js';

const TZ = 'Asia/Shanghai';

/**
 * 工单质量双向质检 in the console: a supervisor fails a work order on the
 * 工单质检 page, its handler sees it on the dashboard and contests, a second
 * supervisor overturns it on the same page.
 */
describeBrowser('web console in Chromium: work-order QA', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let handler: Account;
  let itemId: number;
  const pages: ConsolePage[] = [];

  async function as(account: Account): Promise<ConsolePage> {
    const page = await newPage(browser, base);
    pages.push(page);
    await signIn(page, account, /\/console(\/queue)?$/);
    return page;
  }

  beforeAll(async () => {
    t = await startTestApp({ QA_SCHEDULER: 'off' });
    handler = await t.accountFor('inspector', '处理员 甲');
    await closedComplaint(t, bearer(handler.token), '13700003001', 'reopened');
    const run = await t
      .http()
      .post('/api/qa/work-orders/runs')
      .set(bearer(ADMIN_TOKEN))
      .send({ period: '2026-W47' })
      .expect(201);
    itemId = run.body.items[0].id;
    browser = await launchBrowser();
    base = await listen(t);
  }, BROWSER_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it(
    'a supervisor fails one criterion with a note on the 工单质检 page',
    async () => {
      const page = await as(await t.accountFor('supervisor', '主管 一'));
      await page.click('nav >> text=工单质检');
      const item = page.locator(`article[data-work-order-id="${itemId}"]`);
      await item.waitFor();
      expect(await item.textContent()).toContain('必检：不满意重启');
      const missing = item.locator('select[name=calledBack]');
      await missing.selectOption('fail');
      await item.locator('button[type=submit]').click();
      const refused = item.locator('.error:not([hidden])');
      await refused.waitFor();
      expect(await refused.textContent()).toContain('须填写意见');
      await item.locator('input[name=calledBack-note]').fill('回访未记录客户意见');
      await item.locator('button[type=submit]').click();
      await page.waitForSelector('#flash:not([hidden])');
      expect(await page.textContent('#flash')).toContain('不合格，已退回处理人');
      await screenshot(page, 'work-orders-review');
    },
    BROWSER_TIMEOUT,
  );

  it(
    'the handler sees it on the dashboard with the note, and contests it',
    async () => {
      const page = await as(handler);
      await page.click('nav >> text=仪表盘');
      await page.waitForSelector('#work-orders table');
      const text = await page.textContent('#work-orders');
      expect(text).toContain('回访未记录客户意见');
      expect(text).toContain('主管 一');
      expect(text).toContain('不合格（可申诉）');
      await t
        .http()
        .post(`/api/qa/work-orders/${itemId}/contest`)
        .set(bearer(handler.token))
        .send({ reason: '回访意见已记在备注' })
        .expect(200);
    },
    BROWSER_TIMEOUT,
  );

  it(
    'a second supervisor overturns the contested fail on the same page',
    async () => {
      const page = await as(await t.accountFor('supervisor', '主管 二'));
      await page.click('nav >> text=工单质检');
      const item = page.locator(`#contested article[data-work-order-id="${itemId}"]`);
      await item.waitFor();
      expect(await item.textContent()).toContain('申诉理由：回访意见已记在备注');
      await item.locator('select[name=decision]').selectOption('overturn');
      await item.locator('input[name=note]').fill('备注中已有客户意见');
      await item.locator('button[type=submit]').click();
      await page.waitForSelector('#flash:not([hidden])');
      await screenshot(page, 'work-orders-decision');
      const after = await t.http().get(`/api/qa/work-orders/${itemId}`).set(bearer(ADMIN_TOKEN));
      expect(after.body).toMatchObject({ status: 'overturned', decidedBy: { name: '主管 二' } });
    },
    BROWSER_TIMEOUT,
  );

  it(
    "shows last week's work-order QA per handler on the dashboard",
    async () => {
      // A complaint closed last week, drawn and passed: the panel reads that week's report.
      const monday = DateTime.now().setZone(TZ).startOf('week').minus({ weeks: 1 });
      const received = monday.set({ hour: 9 }).toUTC().toISO()!;
      await closedComplaint(t, bearer(handler.token), '13700003002', 'on_time', received);
      const run = await t
        .http()
        .post('/api/qa/work-orders/runs')
        .set(bearer(ADMIN_TOKEN))
        .send({ period: monday.toFormat("kkkk-'W'WW") })
        .expect(201);
      const checks = Object.fromEntries(WORK_ORDER_CRITERIA.map((c) => [c, { pass: true }]));
      await t
        .http()
        .post(`/api/qa/work-orders/${run.body.items[0].id}/review`)
        .set(bearer((await t.accountFor('supervisor', '主管 三')).token))
        .send({ checks })
        .expect(200);
      const page = await as(await t.accountFor('supervisor', '主管 四'));
      await page.click('nav >> text=仪表盘');
      await page.waitForSelector('#work-order-handlers table');
      const row = await page.textContent('#work-order-handlers tbody tr');
      expect(row).toContain('处理员 甲');
      expect(row).toContain('100.0%');
    },
    BROWSER_TIMEOUT,
  );

  it('ran without script errors or refused content', () => {
    // The one refusal is the fail sent without its note, on purpose.
    const errors = pages.flatMap((p) => p.errors);
    expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
    expect(errors).toHaveLength(1);
  });
});
