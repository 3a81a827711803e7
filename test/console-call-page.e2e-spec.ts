import { copyFileSync, mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import {
  ARTIFACTS,
  launchBrowser,
  listen,
  newPage,
  README_SCREENSHOTS,
  screenshot,
  signIn,
  type ConsolePage,
  describeBrowser,
  BROWSER_TIMEOUT,
} from './helpers/console-browser.js';
import { seedReviewQueue, type ReviewQueue } from './helpers/console-seed.js';
import { saleCall } from './helpers/trial-calls.js';
import { ADMIN_TOKEN, bearer, startTestApp, type TestApp } from './helpers/test-app.js';

const PASS = { identity: 'pass', comprehension: 'pass', script: 'pass', consent: 'pass' };
const CONSENT_FAILED = { ...PASS, consent: 'fail' };

describeBrowser('web console in Chromium: the call page and overturns from it', () => {
  let t: TestApp;
  let browser: Browser;
  let baseURL: string;
  let page: ConsolePage;
  let seed: ReviewQueue;
  let callId: number;
  let reviewId: number;

  /** The review entries as [title, status] pairs, oldest first. */
  const entries = () =>
    page.$$eval('#reviews article.review-entry', (nodes) =>
      nodes.map((n) => n.querySelector('h3')!.textContent!.replace(/\s+/g, ' ').trim()),
    );
  const entry = (id: number) => page.locator(`article[data-review-id="${id}"]`);
  /** Waits for `n` review entries (a function: the page's CSP forbids eval). */
  const entriesCount = (n: number) =>
    page.waitForFunction((want) => {
      type Doc = { querySelectorAll(selector: string): { length: number } };
      const doc = (globalThis as unknown as { document: Doc }).document;
      return doc.querySelectorAll('#reviews article.review-entry').length === want;
    }, n);

  beforeAll(async () => {
    t = await startTestApp({ QA_SCHEDULER: 'off' });
    seed = await seedReviewQueue(t);
    callId = seed.calls.consent.id;
    // The inspector fails the call the checker failed on consent, with a note.
    const item = seed.runItems.find((i) => i.callId === callId)!;
    const review = await t
      .http()
      .post('/api/qa/reviews')
      .set(bearer(seed.inspectorToken))
      .send({ itemId: item.id, rules: CONSENT_FAILED, notes: '客户只说了“嗯”，不是明确同意' })
      .expect(201);
    reviewId = review.body.id;
    // A listen, for the auditor's history.
    await t
      .http()
      .get(`/api/calls/${callId}/recording`)
      .set(bearer(seed.inspectorToken))
      .expect(200);
    const supervisor = await t.accountFor('supervisor', '主管 李静');
    baseURL = await listen(t);
    browser = await launchBrowser();
    page = await newPage(browser, baseURL);
    await signIn(page, supervisor, /\/console\/queue$/);
  }, BROWSER_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it(
    'opens by external id: verdict with evidence, transcript, player, the review and its call-back',
    async () => {
      await page.goto('/console/calls/CON-consent');
      await page.waitForSelector(`article[data-review-id="${reviewId}"]`);
      expect(await page.textContent('#call-title')).toContain(`#${callId} · CON-consent`);
      expect(await page.textContent('#verdict [data-standard=consent]')).toContain('不通过');
      expect(await page.locator('#verdict .ev-link').count()).toBeGreaterThan(0);
      expect(await page.locator('#transcript li.seg').count()).toBeGreaterThan(3);
      // The service-language score sits beside the standards, marked as not one of them.
      expect(await page.textContent('#service')).toContain('不影响通话是否有效');
      expect(await page.textContent('#service .sl-score')).toMatch(/^\d+$/);
      expect(await page.isDisabled('#play')).toBe(false);
      const review = await entry(reviewId).textContent();
      expect(review).toContain('当前有效');
      expect(review).toContain('质检员 王芳');
      expect(review).toContain('客户只说了“嗯”，不是明确同意');
      await page.waitForSelector('#remedial table');
      expect(await page.textContent('#remedial')).toContain('待回访');
      await screenshot(page, 'call-page');
      // A supervisor does not dial: the number is masked until 显示号码, which is audited.
      const full = seed.calls.consent.phone;
      const masked = `${full.slice(0, 3)}****${full.slice(7)}`;
      expect(await page.textContent('#call-info')).toContain(masked);
      expect(await page.textContent('body')).not.toContain(full);
      await page.locator('#call-info button', { hasText: '显示号码' }).click();
      await page.waitForSelector(`#call-info >> text=${full}`);
      const audit = await t
        .http()
        .get(`/api/audit?action=phone.reveal&entity=call&entityId=${callId}`)
        .set(bearer(ADMIN_TOKEN))
        .expect(200);
      expect(audit.body.items[0]).toMatchObject({ actorName: '主管 李静', entity: 'call' });
    },
    BROWSER_TIMEOUT,
  );

  it(
    'refuses an overturn that changes nothing, on the page and at the server',
    async () => {
      await entry(reviewId).locator('button', { hasText: '推翻此结论' }).click();
      await entry(reviewId).locator('input[name=reason]').fill('没有改动');
      await entry(reviewId).locator('button', { hasText: '查看改判内容' }).click();
      expect(await entry(reviewId).locator('[role=alert]').textContent()).toContain(
        '未改变任何标准的结论',
      );
      expect(await entry(reviewId).locator('.confirm').isHidden()).toBe(true);
      // The same request sent anyway, with the page's session: the server refuses it too.
      const res = await page.request.post(`/api/qa/reviews/${reviewId}/overturn`, {
        headers: { 'X-Requested-With': 'qa-console' },
        data: { rules: CONSENT_FAILED, reason: '没有改动' },
      });
      expect(res.status()).toBe(400);
      expect((await res.json()).code).toBe('OVERTURN_UNCHANGED');
      await page.reload();
      await page.waitForSelector(`article[data-review-id="${reviewId}"]`);
      expect(await entries()).toEqual([`复核 #${reviewId} 不合格 当前有效`]);
    },
    BROWSER_TIMEOUT,
  );

  it(
    'shows what an overturn changes, asks for confirmation, then lists it beside the original',
    async () => {
      await entry(reviewId).locator('button', { hasText: '推翻此结论' }).click();
      await entry(reviewId).locator('select[name=consent]').selectOption('pass');
      await entry(reviewId).locator('input[name=reason]').fill('录音第9秒客户明确说“给我开一个吧”');
      await entry(reviewId).locator('button', { hasText: '查看改判内容' }).click();
      const summary = await entry(reviewId).locator('.overturn-summary').textContent();
      expect(summary).toContain('明确同意：不通过 → 通过');
      expect(summary).toContain('不合格 → 合格');
      expect(summary).toContain('撤销原回访修正任务');
      await screenshot(page, 'call-page-overturn-confirm');
      await entry(reviewId).locator('button', { hasText: '确认推翻' }).click();
      await entriesCount(2);
      const [original, overturn] = await entries();
      expect(original).toMatch(new RegExp(`^复核 #${reviewId} 不合格 已被推翻`));
      expect(overturn).toMatch(/^推翻 #\d+ 合格 当前有效$/);
      expect(await page.textContent('#reviews')).toContain(
        `推翻了 #${reviewId}，理由：录音第9秒客户明确说“给我开一个吧”`,
      );
      await page.waitForSelector('#remedial >> text=已撤销');
      expect(await page.textContent('#call-info')).toContain('合格');
    },
    BROWSER_TIMEOUT,
  );

  it(
    'lets the supervisor revise their own overturn, keeping the earlier one in the history',
    async () => {
      const current = page.locator('#reviews article.review-entry.current');
      await current.locator('button', { hasText: '修改我的推翻结论' }).click();
      await current.locator('select[name=consent]').selectOption('fail');
      await current.locator('input[name=reason]').fill('再次复听：“给我开一个吧”是在问别的业务');
      await current.locator('button', { hasText: '查看改判内容' }).click();
      expect(await current.locator('.overturn-summary').textContent()).toContain('合格 → 不合格');
      await current.locator('button', { hasText: '确认推翻' }).click();
      await entriesCount(3);
      const ids = await page.$$eval('#reviews article.review-entry', (nodes) =>
        nodes.map((n) => Number(n.getAttribute('data-review-id'))),
      );
      expect(ids[0]).toBe(reviewId);
      expect(await entries()).toEqual([
        `复核 #${ids[0]} 不合格 已被推翻（#${ids[1]}）`,
        `推翻 #${ids[1]} 合格 已被推翻（#${ids[2]}）`,
        `推翻 #${ids[2]} 不合格 当前有效`,
      ]);
      await page.waitForSelector('#remedial >> text=待回访');
      await screenshot(page, 'call-page-history');
      if (process.env.UPDATE_SCREENSHOTS) {
        mkdirSync(README_SCREENSHOTS, { recursive: true });
        copyFileSync(`${ARTIFACTS}call-page-history.png`, `${README_SCREENSHOTS}call-page.png`);
      }
    },
    BROWSER_TIMEOUT,
  );

  it(
    'answers an unknown call with a 404 page in Chinese',
    async () => {
      // Another tab of the same session, so this page's expected 404 stays out of page.errors.
      const tab = await page.context().newPage();
      const res = await tab.goto('/console/calls/FX-NOPE');
      expect(res!.status()).toBe(404);
      expect(await tab.textContent('h1')).toBe('页面不存在');
      expect(await tab.textContent('main')).toContain('找不到通话“FX-NOPE”');
      await tab.close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'shows an auditor who listened, and no overturn button',
    async () => {
      const auditor = await t.accountFor('auditor', '运营商审计 赵敏');
      const other = await newPage(browser, baseURL);
      await signIn(other, auditor, /\/console$/);
      await other.goto(`/console/calls/${callId}`);
      await other.waitForSelector('#listens table');
      expect(await other.textContent('#listens')).toContain('质检员 王芳');
      expect(await other.locator('#reviews button', { hasText: '推翻' }).count()).toBe(0);
      expect(other.errors).toEqual([]);
      await other.context().close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'shows a campaign manager a trial sale without a recording: 录音缺失, the trial and its steps',
    async () => {
      const sale = saleCall('FX-TRIAL-1', '13912345678', '2026-10-20T10:12:00+08:00', '2026-11-18');
      const posted = await t
        .http()
        .post('/api/calls')
        .set(bearer(seed.agentToken))
        .send({ ...sale, recordingFile: undefined })
        .expect(201);
      expect(posted.body.trialId).toEqual(expect.any(Number));
      const manager = await t.accountFor('campaign_manager', '营销经理 陈刚');
      const other = await newPage(browser, baseURL);
      await signIn(other, manager, /\/console$/);
      await other.goto('/console/calls/FX-TRIAL-1');
      await other.waitForSelector('#trial table');
      expect(await other.isVisible('#no-audio')).toBe(true);
      expect(await other.textContent('#no-audio')).toContain('录音缺失');
      expect(await other.textContent('#trial')).toContain('2026-10-20 至 2026-11-18');
      const steps = await other.$$eval('#trial tbody tr', (rows) =>
        rows.map((r) => r.querySelector('td')!.textContent),
      );
      expect(steps).toEqual(['第1次', '第2次']);
      expect(await other.textContent('#reviews')).toContain('还没有人工复核');
      // Call-backs and listens are QA records this role may not read: the page leaves them out.
      expect(await other.isHidden('#remedial')).toBe(true);
      expect(await other.isHidden('#listens')).toBe(true);
      await screenshot(other, 'call-page-trial');
      expect(other.errors).toEqual([]);
      await other.context().close();
    },
    BROWSER_TIMEOUT,
  );

  it('ran without script errors or refused content', () => {
    expect(page.errors).toEqual([]);
  });
});
