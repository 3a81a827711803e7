import type { Browser } from 'playwright-core';
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
import { seedReviewQueue, type ReviewQueue } from './helpers/console-seed.js';
import { ADMIN_TOKEN, bearer, startTestApp, type TestApp } from './helpers/test-app.js';

const PASS = { identity: 'pass', comprehension: 'pass', script: 'pass', consent: 'pass' };

describeBrowser('web console in Chromium: a supervisor calibrates and overturns', () => {
  let t: TestApp;
  let browser: Browser;
  let page: ConsolePage;
  let seed: ReviewQueue;
  let failedReviewId: number;

  beforeAll(async () => {
    t = await startTestApp({ QA_SCHEDULER: 'off' });
    seed = await seedReviewQueue(t);
    // The inspector's reviews, made through the API: the valid call failed on consent, the other passed.
    for (const item of seed.runItems) {
      const failed = item.callId === seed.calls.valid.id;
      const res = await t
        .http()
        .post('/api/qa/reviews')
        .set(bearer(seed.inspectorToken))
        .send({
          itemId: item.id,
          rules: failed ? { ...PASS, consent: 'fail' } : PASS,
          notes: '复核',
        })
        .expect(201);
      if (failed) failedReviewId = res.body.id;
    }
    const supervisor = await t.accountFor('supervisor', '主管 李静');
    browser = await launchBrowser();
    page = await newPage(browser, await listen(t));
    await signIn(page, supervisor, /\/console\/queue$/);
  }, BROWSER_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it(
    'shows agreement with the checker per standard and per reviewer',
    async () => {
      await page.click('nav >> text=校准');
      await page.waitForSelector('#by-standard table');
      expect(await page.textContent('#overall')).toContain('复核份数2');
      const consent = await page.$$eval('#by-standard tbody tr', (rows) =>
        rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)),
      );
      // Consent: the inspector failed the call the checker passed and passed the one it failed.
      expect(consent[3].slice(0, 4)).toEqual(['明确同意', '2', '0', '2']);
      expect(consent[0].slice(0, 3)).toEqual(['身份核实', '2', '2']);
      expect(await page.textContent('#by-reviewer')).toContain('质检员 王芳');
      await screenshot(page, 'calibration');
    },
    BROWSER_TIMEOUT,
  );

  it(
    "overturns the inspector's failed review with a reason, cancelling the call-back",
    async () => {
      const callId = seed.calls.valid.id;
      const open = await t
        .http()
        .get('/api/qa/remedial-tasks?status=open')
        .set(bearer(ADMIN_TOKEN));
      expect(open.body.map((r: { callId: number }) => r.callId)).toContain(callId);

      await page.click('nav >> text=推翻');
      await page.fill('#call-id', String(callId));
      await page.click('#find button[type=submit]');
      const panel = page.locator(`section[data-review-id="${failedReviewId}"]`);
      await panel.waitFor();
      expect(await panel.textContent()).toContain('当前有效');
      await panel.locator('select[name=consent]').selectOption('pass');
      await panel
        .locator('input[name=reason]')
        .fill('录音第9秒客户明确说“给我开一个吧”，属于明确同意');
      await panel.locator('button[type=submit]').click();
      await page.waitForSelector(`section[data-review-id="${failedReviewId}"] >> text=已被推翻`);
      expect(await page.textContent('#reviews')).toContain('推翻理由');
      expect(page.url()).toContain(`?callId=${callId}`);
      await screenshot(page, 'overturn');

      const after = await t
        .http()
        .get('/api/qa/remedial-tasks?status=open')
        .set(bearer(ADMIN_TOKEN));
      expect(after.body.map((r: { callId: number }) => r.callId)).not.toContain(callId);
    },
    BROWSER_TIMEOUT,
  );

  it(
    'shows a supervisor the confirmations due today on the dashboard',
    async () => {
      await page.click('nav >> text=仪表盘');
      await page.waitForSelector('#confirmations table');
      await page.waitForSelector('#complaints table');
      expect(await page.textContent('#confirmations')).toContain('今日待确认回访');
      await screenshot(page, 'dashboard-supervisor');
      await page.emulateMedia({ media: 'print' });
      await screenshot(page, 'dashboard-print');
      await page.emulateMedia({ media: 'screen' });
    },
    BROWSER_TIMEOUT,
  );

  it('ran without script errors or refused content', () => {
    expect(page.errors).toEqual([]);
  });
});
