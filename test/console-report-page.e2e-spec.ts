import type { Browser } from 'playwright-core';
import {
  launchBrowser,
  listen,
  newPage,
  signIn,
  describeBrowser,
} from './helpers/console-browser.js';
import { contentPages, fillsBeyondPageBox } from './helpers/pdf-boxes.js';
import { seedReviewQueue } from './helpers/console-seed.js';
import { ADMIN_TOKEN, bearer, startTestApp, type TestApp } from './helpers/test-app.js';

const SLOW = 120_000;
const PASS = { identity: 'pass', comprehension: 'pass', script: 'pass', consent: 'pass' };
/** A4 is 210 mm wide; the report's @page leaves 12 mm each side: 186 mm at 96 px per inch. */
const A4_CONTENT_PX = Math.floor((186 / 25.4) * 96);

describeBrowser('weekly report in Chromium: printed on A4, and a week picker', () => {
  let t: TestApp;
  let browser: Browser;
  let baseURL: string;

  beforeAll(async () => {
    t = await startTestApp({ QA_SCHEDULER: 'off' });
    const seed = await seedReviewQueue(t);
    // A failed review and a complaint, so the QA and complaint tables have rows and example calls.
    await t
      .http()
      .post('/api/qa/reviews')
      .set(bearer(seed.inspectorToken))
      .send({ itemId: seed.runItems[0].id, rules: { ...PASS, consent: 'fail' }, notes: '未同意' })
      .expect(201);
    const complain = (phone: string, category: string, at: string) =>
      t
        .http()
        .post('/api/complaints')
        .set(bearer(ADMIN_TOKEN))
        .send({
          phone,
          severity: 'serious',
          category,
          description: '用户称未同意开通',
          receivedAt: at,
        })
        .expect(201);
    await complain(seed.calls.consent.phone, '未经同意开通', '2026-11-21T09:00:00+08:00');
    // A cause typed as one unbreakable token (as imported from another system): the table must still fit.
    await complain(
      seed.calls.valid.phone,
      'VAS_SUBSCRIPTION_WITHOUT_CONSENT_VIA_MIIT_PORTAL_2026_11_0042',
      '2026-11-21T10:00:00+08:00',
    );
    baseURL = await listen(t);
    browser = await launchBrowser();
  }, SLOW);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it(
    'lays out within the A4 content width in print, and its PDF draws nothing beyond the page box',
    async () => {
      const page = await newPage(browser, baseURL);
      await signIn(page, await t.accountFor('auditor', '审计 周敏'), /\/console$/);
      await page.goto('/reports/weekly/2026-W47');
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: A4_CONTENT_PX, height: 1000 });
      expect(await page.locator('table').count()).toBeGreaterThan(3);
      const layout = await page.evaluate(() => {
        type Box = { right: number };
        type Node = { tagName: string; className: unknown; getBoundingClientRect(): Box };
        const doc = (globalThis as unknown as { document: unknown }).document as {
          documentElement: { scrollWidth: number; clientWidth: number };
          querySelectorAll(s: string): Iterable<Node>;
        };
        const width = doc.documentElement.clientWidth;
        const over = [...doc.querySelectorAll('body *')]
          .filter((n) => n.getBoundingClientRect().right > width + 0.5)
          .map(
            (n) => `${n.tagName}.${String(n.className)} right ${n.getBoundingClientRect().right}`,
          );
        return { scrollWidth: doc.documentElement.scrollWidth, width, over };
      });
      expect(layout.width).toBe(A4_CONTENT_PX);
      expect(layout.over).toEqual([]);
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.width);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(contentPages(pdf)).toBeGreaterThan(1);
      expect(fillsBeyondPageBox(pdf)).toEqual([]);
      await page.context().close();
    },
    SLOW,
  );

  it(
    'picks another week from the labelled week field, and refuses a week that is not one',
    async () => {
      const page = await newPage(browser, baseURL);
      await signIn(page, await t.accountFor('supervisor', '主管 李静'), /\/console\/queue$/);
      await page.goto('/reports/weekly/2026-W47');
      const picker = page.getByLabel('选择周次');
      expect(await picker.getAttribute('type')).toBe('week');
      expect(await picker.inputValue()).toBe('2026-W47');
      await picker.fill('2026-W46');
      await Promise.all([
        page.waitForURL(/\/reports\/weekly\/2026-W46$/),
        page.click('.week-picker button[type=submit]'),
      ]);
      expect(await page.textContent('h1')).toContain('2026年第46周');
      expect(await page.getByLabel('选择周次').inputValue()).toBe('2026-W46');
      expect(page.errors).toEqual([]);
      // Typed into the address bar: the same readable 400 page as a bad week in the path.
      const bad = await page.goto('/reports/weekly?week=2026-W99');
      expect(bad!.status()).toBe(400);
      expect(await page.textContent('h1')).toBe('出错了');
      // Print leaves the picker out.
      await page.goto('/reports/weekly/2026-W47');
      await page.emulateMedia({ media: 'print' });
      expect(await page.isHidden('.week-picker')).toBe(true);
      await page.context().close();
    },
    SLOW,
  );
});
