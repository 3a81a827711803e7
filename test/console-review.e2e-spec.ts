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
import { bearer, startTestApp, type TestApp } from './helpers/test-app.js';

/** The test's view of the page's <audio> (the project compiles without the DOM library). */
type Media = { currentTime: number; paused: boolean; playbackRate: number };

describeBrowser('web console in Chromium: an inspector reviews a call', () => {
  let t: TestApp;
  let browser: Browser;
  let page: ConsolePage;
  let seed: ReviewQueue;

  beforeAll(async () => {
    t = await startTestApp({ QA_SCHEDULER: 'off' });
    seed = await seedReviewQueue(t);
    const baseURL = await listen(t);
    browser = await launchBrowser();
    page = await newPage(browser, baseURL);
  }, BROWSER_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const audio = () =>
    page.$eval('#audio', (a) => {
      const media = a as unknown as Media;
      return { t: media.currentTime, paused: media.paused, rate: media.playbackRate };
    });

  /** Waits until the page's <audio> reports `field` above `min` (a function: the page's CSP forbids eval). */
  const audioAbove = (field: 'duration' | 'currentTime', min: number) =>
    page.waitForFunction(
      ([f, m]) => {
        const doc = (globalThis as unknown as { document: { getElementById(id: string): unknown } })
          .document;
        return (doc.getElementById('audio') as Record<string, number>)[f] > Number(m);
      },
      [field, min] as const,
    );

  it(
    'signs in with a password and lands on the queue: counts, oldest first',
    async () => {
      await page.goto('/');
      await screenshot(page, 'login');
      await signIn(page, seed.inspector, /\/console\/queue$/);
      await page.waitForSelector('#queue-table tbody tr[data-item-id]');
      expect(await page.textContent('#counts')).toContain('待复核2');
      const rows = await page.$$eval('#queue-table tbody tr', (trs) =>
        trs.map((tr) => Number(tr.getAttribute('data-item-id'))),
      );
      expect(rows.sort()).toEqual(seed.runItems.map((i) => i.id).sort());
      await screenshot(page, 'queue');
    },
    BROWSER_TIMEOUT,
  );

  it(
    'marks overdue items in the queue',
    async () => {
      // A fresh draw is never overdue; rewrite the API's answer the way a late item comes back.
      await page.route('**/api/qa/queue*', async (route) => {
        const res = await route.fetch();
        const items = (await res.json()) as { overdue: boolean }[];
        items[0].overdue = true;
        await route.fulfill({ response: res, json: items });
      });
      await page.reload();
      await page.waitForSelector('#queue-table tr.overdue');
      expect(await page.textContent('#queue-table tr.overdue')).toContain('已超时');
      expect(await page.textContent('#counts')).toContain('已超时1');
      await page.unroute('**/api/qa/queue*');
    },
    BROWSER_TIMEOUT,
  );

  it(
    'opens the first item: transcript with speaker turns, verdicts and their evidence marked',
    async () => {
      await page.reload();
      await page.waitForSelector('#queue-table tbody tr[data-item-id]');
      await Promise.all([
        page.waitForURL(/\/console\/review\/\d+$/),
        page.click('#queue-table tbody tr:first-child a'),
      ]);
      await page.waitForSelector('#transcript li.seg');
      expect(
        await page.$$eval('#transcript .seg .who', (n) => n.map((x) => x.textContent)),
      ).toEqual(expect.arrayContaining(['坐席', '客户']));
      for (const std of ['identity', 'comprehension', 'script', 'consent'])
        expect(await page.textContent(`#auto-${std}`)).toMatch(/自动判定：(通过|不通过|无法判断)/);
      expect(await page.$$eval('#transcript mark[class^="ev-"]', (m) => m.length)).toBeGreaterThan(
        0,
      );
    },
    BROWSER_TIMEOUT,
  );

  it(
    'plays the recording, follows it in the transcript, seeks by keyboard, by click and changes speed',
    async () => {
      await audioAbove('duration', 0);
      await page.click('#play');
      await audioAbove('currentTime', 0.5);
      expect(await page.textContent('#play')).toBe('暂停');
      await page.waitForSelector('#transcript .seg.playing');
      await page.keyboard.press('Space');
      expect((await audio()).paused).toBe(true);

      const before = (await audio()).t;
      await page.keyboard.press('ArrowRight');
      expect((await audio()).t).toBeCloseTo(before + 5, 0);
      await page.keyboard.press('ArrowLeft');
      expect((await audio()).t).toBeCloseTo(before, 0);

      await page.selectOption('#speed', '1.5');
      expect((await audio()).rate).toBe(1.5);
      await page.selectOption('#speed', '2');
      expect((await audio()).rate).toBe(2);
      await page.selectOption('#speed', '1');

      // An evidence link jumps to the turn the checker relied on.
      const evidence = page.locator('#auto-script .ev-link').first();
      // Each grouped link is the turn's number (第5、7、9句), named in full for screen readers.
      const turn = Number(await evidence.textContent()) - 1;
      expect(await evidence.getAttribute('aria-label')).toMatch(new RegExp(`^第${turn + 1}句：`));
      await evidence.click();
      const turnStart = Number(
        await page.locator('#transcript .seg').nth(turn).getAttribute('data-start-ms'),
      );
      expect((await audio()).t).toBeCloseTo(turnStart / 1000, 1);

      const fifth = page.locator('#transcript .seg').nth(4);
      const startMs = Number(await fifth.getAttribute('data-start-ms'));
      await fifth.click();
      expect((await audio()).t).toBeCloseTo(startMs / 1000, 1);
      await page.waitForSelector('#transcript .seg:nth-child(5).playing');
      expect(await page.textContent('#time')).toMatch(/^\d\d:\d\d \/ 00:1\d$/);
    },
    BROWSER_TIMEOUT,
  );

  it(
    'decides each standard with the keys 1–4 (consent failed), adds a timed comment, and submits with Enter',
    async () => {
      const itemId = Number(/review\/(\d+)/.exec(page.url())![1]);
      const callId = seed.runItems.find((i) => i.id === itemId)!.callId;
      // The call page (earlier reviews, overturns) is one click away, in a new tab.
      expect(
        await page.getAttribute(`#call-info a[href="/console/calls/${callId}"]`, 'target'),
      ).toBe('_blank');
      // The service-language score is shown for the reviewer, beside the four standards.
      expect(await page.isVisible('#service .sl-score')).toBe(true);
      // Undecided at first; a key chooses 通过, the same key again 不通过, and again 通过.
      expect(await page.isChecked('input[name=consent][value=pass]')).toBe(false);
      await page.keyboard.press('4');
      await page.keyboard.press('4');
      expect(await page.isChecked('input[name=consent][value=fail]')).toBe(true);
      for (const key of ['1', '1', '1', '2', '3']) await page.keyboard.press(key);
      expect(await page.isChecked('input[name=identity][value=pass]')).toBe(true);
      await page.fill('#comment-text', '客户没有用明确的话同意开通');
      await page.press('#comment-text', 'Enter');
      expect(await page.textContent('#comments')).toContain('客户没有用明确的话同意开通');
      await page.fill('#notes', '同意标准不合格，需回访修正');
      await page.press('#notes', 'Escape');
      await page.click('#transcript .seg:nth-child(5)');
      await page.waitForSelector('.seg.flash-ev', { state: 'detached' });
      await page.$eval('.col-side', (side) => side.scrollTo(0, 0));
      await page.$eval('#transcript', (list) => list.scrollTo(0, 0));
      await screenshot(page, 'review-page');
      if (process.env.UPDATE_SCREENSHOTS) {
        mkdirSync(README_SCREENSHOTS, { recursive: true });
        copyFileSync(`${ARTIFACTS}review-page.png`, `${README_SCREENSHOTS}review-page.png`);
      }
      await page.emulateMedia({ media: 'print' });
      expect(await page.isVisible('.topbar nav')).toBe(false);
      await screenshot(page, 'review-page-print');
      await page.emulateMedia({ media: 'screen' });

      const other = seed.runItems.find((i) => i.id !== itemId)!;
      await Promise.all([
        page.waitForURL(new RegExp(`/console/review/${other.id}$`)),
        page.keyboard.press('Enter'),
      ]);
      await page.waitForSelector('#flash:not([hidden])');
      expect(await page.textContent('#flash')).toContain('已生成回访修正任务');

      const reviews = await t
        .http()
        .get(`/api/qa/reviews?callId=${callId}`)
        .set(bearer(seed.inspectorToken))
        .expect(200);
      expect(reviews.body[0]).toMatchObject({
        rules: { identity: 'pass', comprehension: 'pass', script: 'pass', consent: 'fail' },
        notes: '同意标准不合格，需回访修正',
        comments: [expect.objectContaining({ text: '客户没有用明确的话同意开通' })],
      });
      // The remedial call-back appears where the inspector looks for open work.
      await page.goto('/console');
      await page.waitForSelector('#remedial table');
      expect(await page.textContent('#remedial')).toContain(`#${callId}`);
      await screenshot(page, 'dashboard');
    },
    BROWSER_TIMEOUT,
  );

  it(
    'submits the last item by button and returns to an empty queue',
    async () => {
      await page.goto('/console/review');
      await page.waitForURL(/\/console\/review\/\d+$/);
      await page.waitForSelector('#transcript li.seg');
      for (const std of ['identity', 'comprehension', 'script', 'consent'])
        await page.check(`input[name=${std}][value=pass]`);
      await Promise.all([page.waitForURL(/\/console\/queue$/), page.click('#submit')]);
      await page.waitForSelector('#queue-table td.empty');
      expect(await page.textContent('#flash')).toContain('四项均通过');
      await page.goto('/console/review');
      await page.waitForSelector('#review-empty:not([hidden])');
      expect(await page.textContent('#review-empty')).toContain('队列已清空');
    },
    BROWSER_TIMEOUT,
  );

  it('ran without script errors or refused content', () => {
    expect(page.errors).toEqual([]);
  });
});
