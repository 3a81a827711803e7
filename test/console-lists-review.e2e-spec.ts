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
import { opensCallPages } from './helpers/console-lists.js';
import { seedReviewQueue, type ReviewQueue } from './helpers/console-seed.js';
import { bearer, startTestApp, type TestApp } from './helpers/test-app.js';

const PASS = { identity: 'pass', comprehension: 'pass', script: 'pass', consent: 'pass' };

/** Two items in the inspector's queue: CON-valid (random) and CON-consent (flagged: consent failed). */
describeBrowser('web console in Chromium: the lists of calls, filtered and walked', () => {
  let t: TestApp;
  let browser: Browser;
  let page: ConsolePage;
  let seed: ReviewQueue;
  let base: string;
  const itemOf = (key: 'valid' | 'consent') =>
    seed.runItems.find((i) => i.callId === seed.calls[key].id)!.id;
  const rows = () =>
    page.$$eval('#queue-table tbody tr[data-item-id]', (trs) =>
      trs.map((tr) => Number(tr.getAttribute('data-item-id'))),
    );
  const filter = async (fields: Record<string, string>) => {
    for (const [name, value] of Object.entries(fields)) {
      const field = page.locator(`#filters [name=${name}]`);
      if ((await field.evaluate((e) => e.tagName)) === 'SELECT') await field.selectOption(value);
      else await field.fill(value);
    }
    await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/qa/queue?limit=500&')),
      page.click('#filters button[type=submit]'),
    ]);
    await page.waitForSelector('#queue-summary:has-text("筛选结果")');
  };

  beforeAll(async () => {
    t = await startTestApp({ QA_SCHEDULER: 'off' });
    seed = await seedReviewQueue(t);
    browser = await launchBrowser();
    base = await listen(t);
    page = await newPage(browser, base);
    await signIn(page, seed.inspector, /\/console\/queue$/);
  }, BROWSER_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it(
    'filters, searches and sorts the queue through the API, keeping the filters in the address',
    async () => {
      await page.waitForSelector('#queue-table tbody tr[data-item-id]');
      expect(await rows()).toHaveLength(2);
      await filter({ reason: 'flagged' });
      expect(await rows()).toEqual([itemOf('consent')]);
      expect(page.url()).toContain('reason=flagged');
      await filter({ reason: '', failedStandard: 'identity' });
      expect(await rows()).toEqual([]);
      expect(await page.textContent('#queue-table tbody')).toContain('没有符合筛选条件');
      await filter({ failedStandard: '', search: 'con-valid' });
      expect(await rows()).toEqual([itemOf('valid')]);
      await filter({ search: '', agent: 'A002', overdue: 'false', sort: 'due' });
      expect(await rows()).toHaveLength(2);
      expect(page.url()).toMatch(/agent=A002.*overdue=false.*sort=due/);
      // The counts stay those of the whole queue.
      expect(await page.textContent('#counts')).toContain('待复核2');
      await screenshot(page, 'queue-filtered');
      await page.reload();
      expect(await page.inputValue('#filters [name=agent]')).toBe('A002');
      await page.waitForSelector('#queue-table tbody tr[data-item-id]');
      expect(await rows()).toHaveLength(2);
    },
    BROWSER_TIMEOUT,
  );

  it(
    'steps through the queue from the review page: skip, previous, and the position',
    async () => {
      await page.goto('/console/queue');
      await page.waitForSelector('#queue-table tbody tr[data-item-id]');
      const order = await rows();
      await page.click('#start');
      await page.waitForSelector('#walk');
      expect(page.url()).toMatch(new RegExp(`/console/review/${order[0]}$`));
      expect(await page.textContent('#walk-position')).toBe('队列第 1 / 2 条');
      expect(await page.getAttribute('#walk-prev', 'aria-disabled')).toBe('true');
      await page.click('#walk-skip');
      await page.waitForURL(`**/console/review/${order[1]}`);
      await page.waitForSelector('#walk');
      expect(await page.textContent('#walk-position')).toBe('队列第 2 / 2 条');
      // Once this one is done, the walk goes on to the one skipped before it.
      const after = (id: number) =>
        page.evaluate(
          (done) =>
            (
              globalThis as unknown as { QA: { walk: { after(id: number): string } } }
            ).QA.walk.after(done),
          id,
        );
      expect(await after(order[1])).toBe(`/console/review/${order[0]}`);
      await screenshot(page, 'review-walk');
      await page.click('#walk-prev');
      await page.waitForURL(`**/console/review/${order[0]}`);
      await page.waitForSelector('#walk');

      // Filtered: the walk is the filtered list, and 返回队列 keeps the filter.
      await page.goto('/console/queue?failedStandard=consent');
      await page.waitForSelector('#queue-summary:has-text("筛选结果")');
      await page.click('#start');
      await page.waitForSelector('#walk');
      expect(page.url()).toMatch(new RegExp(`/console/review/${itemOf('consent')}$`));
      expect(await page.textContent('#walk-position')).toBe('筛选后第 1 / 1 条');
      expect(await page.getAttribute('#walk-skip', 'aria-disabled')).toBe('true');
      await page.click('#walk >> text=返回队列');
      await page.waitForURL('**/console/queue?failedStandard=consent');

      // Submitting goes on with the walk: here it was the last one, so back to the filtered queue.
      await page.waitForSelector('#queue-summary:has-text("筛选结果")');
      await page.click('#start');
      await page.waitForURL(`**/console/review/${itemOf('consent')}`);
      await page.waitForSelector('#walk');
      await page.waitForSelector('#transcript li.seg');
      for (const key of ['1', '2', '3', '4', '4']) await page.keyboard.press(key);
      await page.fill('#notes', '复核：客户没有明确同意');
      await page.click('#submit');
      await page.waitForURL('**/console/queue?failedStandard=consent');
    },
    BROWSER_TIMEOUT,
  );

  it(
    'opens the call page from every call in the queue',
    async () => {
      await page.goto('/console/queue');
      // The consent call was reviewed from the walk above; the valid one is still open.
      expect(await opensCallPages(page, '#queue-table')).toEqual([seed.calls.valid.id]);
    },
    BROWSER_TIMEOUT,
  );

  it(
    'drills down from the calibration figures to the disagreeing calls, and every other list links its calls',
    async () => {
      // The inspector fails identity on the call the checker passed: one disagreement, one call-back.
      // (The consent call was failed on its consent from the review page above.)
      await t
        .http()
        .post('/api/qa/reviews')
        .set(bearer(seed.inspectorToken))
        .send({ itemId: itemOf('valid'), rules: { ...PASS, identity: 'fail' }, notes: '复核' })
        .expect(201);
      const supervisor = await t.accountFor('supervisor', '主管 李静');
      await t
        .http()
        .post('/api/complaints')
        .set(bearer(supervisor.token))
        .send({
          phone: seed.calls.consent.phone,
          callId: seed.calls.consent.id,
          severity: 'serious',
          category: '未经同意开通',
          description: '用户称未同意开通业务',
          receivedAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
        })
        .expect(201);
      const sup = await newPage(browser, base);
      const failed: string[] = [];
      sup.on(
        'response',
        (r) => void (r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`)),
      );
      await signIn(sup, supervisor, /\/console\/queue$/);

      await sup.goto('/console/calibration');
      await sup.waitForSelector('#by-standard table');
      const identity = sup.locator('#by-standard tbody tr').first();
      await identity.locator('button.drill').first().click();
      await sup.waitForSelector('#drill:not([hidden]) a');
      expect(await sup.textContent('#drill-title')).toContain('身份核实');
      expect(await sup.textContent('#drill-list')).toContain('CON-valid');
      await screenshot(sup, 'calibration-drill-down');
      expect(await opensCallPages(sup, '#drill-list')).toEqual([seed.calls.valid.id]);

      await sup.goto('/console');
      expect(await opensCallPages(sup, '#remedial')).toContain(seed.calls.valid.id);
      expect(await opensCallPages(sup, '#complaints')).toEqual([seed.calls.consent.id]);
      await sup.goto(`/console/overturn?callId=${seed.calls.consent.id}`);
      expect(await opensCallPages(sup, '#reviews')).toContain(seed.calls.consent.id);
      await sup.goto('/reports/weekly/2026-W47');
      expect((await opensCallPages(sup, 'body')).length).toBeGreaterThan(0);
      expect(failed).toEqual([]);
      expect(sup.errors).toEqual([]);
    },
    BROWSER_TIMEOUT,
  );

  it('ran without script errors or refused content', () => {
    expect(page.errors).toEqual([]);
  });
});
