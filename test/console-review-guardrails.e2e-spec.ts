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
import { bearer, CONSOLE_FORM, startTestApp, type TestApp } from './helpers/test-app.js';

const STANDARDS = ['identity', 'comprehension', 'script', 'consent'];
/** The checklist as the page shows it once consent is failed and the rest passed. */
const CONSENT_FAILED = ['identity=pass', 'comprehension=pass', 'script=pass', 'consent=fail'];
/** What the page keeps in localStorage, read through the test's own view of the page (no DOM library here). */
type Storage = { length: number; key(i: number): string | null };

describeBrowser('web console in Chromium: no review by accident, no review lost', () => {
  let t: TestApp;
  let browser: Browser;
  let page: ConsolePage;
  let seed: ReviewQueue;
  /** The call the checker failed on consent, and its item. */
  let itemId: number;

  beforeAll(async () => {
    t = await startTestApp({ QA_SCHEDULER: 'off' });
    seed = await seedReviewQueue(t);
    itemId = seed.runItems.find((i) => i.callId === seed.calls.consent.id)!.id;
    browser = await launchBrowser();
    page = await newPage(browser, await listen(t));
    await signIn(page, seed.inspector, /\/console\/queue$/);
  }, BROWSER_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const openReview = async () => {
    await page.goto(`/console/review/${itemId}`);
    await page.waitForSelector('#transcript li.seg');
  };
  const reviewsOfItem = async () =>
    (
      await t
        .http()
        .get(`/api/qa/reviews?itemId=${itemId}`)
        .set(bearer(seed.inspectorToken))
        .expect(200)
    ).body as { rules: Record<string, string>; notes: string }[];
  const checked = () =>
    page.$$eval('#checklist input[type=radio]:checked', (rs) =>
      rs.map((r) => `${r.getAttribute('name')}=${(r as unknown as { value: string }).value}`),
    );
  const focused = (selector: string) => page.$eval(selector, (n) => n.matches(':focus'));
  const drafts = () =>
    page.evaluate(() => {
      const s = (globalThis as unknown as { localStorage: Storage }).localStorage;
      return Array.from({ length: s.length }, (_, i) => s.key(i)).filter((k) =>
        k?.startsWith('qa.review.draft.'),
      );
    });

  it(
    'starts every standard undecided, the checker only suggesting; Enter does not submit',
    async () => {
      await openReview();
      expect(await checked()).toEqual([]);
      for (const std of STANDARDS)
        expect(await page.textContent(`#decision-${std}`)).toBe('未判定');
      expect(await page.textContent('#auto-consent')).toContain('自动判定：不通过');

      await page.keyboard.press('Enter');
      const error = await page.waitForSelector('#submit-error:not([hidden])');
      expect(await error.textContent()).toContain('还有 4 项标准未判定');
      expect(await focused('input[name=identity][value=pass]')).toBe(true);
      expect(await page.$$eval('#checklist .std.missing', (n) => n.length)).toBe(4);
      await screenshot(page, 'review-undecided');

      // One decided, three to go: Enter again names the rest and moves to the next undecided one.
      await page.keyboard.press('1');
      expect(await checked()).toEqual(['identity=pass']);
      await page.keyboard.press('Enter');
      expect(await page.textContent('#submit-error')).toContain(
        '还有 3 项标准未判定：“清醒理解”、“脚本告知”、“明确同意”',
      );
      expect(await focused('input[name=comprehension][value=pass]')).toBe(true);
      expect(page.url()).toMatch(new RegExp(`/console/review/${itemId}$`));
      expect(await reviewsOfItem()).toEqual([]);
    },
    BROWSER_TIMEOUT,
  );

  it(
    'leaves a call the checker could not judge (无法判断) undecided as well',
    async () => {
      await page.route('**/api/qa/queue*', async (route) => {
        const res = await route.fetch();
        const items = (await res.json()) as {
          compliance: { rules: Record<string, { result: string }> };
        }[];
        for (const item of items)
          for (const rule of Object.values(item.compliance.rules)) rule.result = 'unknown';
        await route.fulfill({ response: res, json: items });
      });
      await page.evaluate(() =>
        (globalThis as unknown as { localStorage: { clear(): void } }).localStorage.clear(),
      );
      await openReview();
      expect(await page.textContent('#auto-identity')).toContain('自动判定：无法判断');
      expect(await checked()).toEqual([]);
      await page.keyboard.press('Enter');
      expect(await page.textContent('#submit-error')).toContain('还有 4 项标准未判定');
      await page.unroute('**/api/qa/queue*');
      expect(await reviewsOfItem()).toEqual([]);
    },
    BROWSER_TIMEOUT,
  );

  it(
    'refuses a fail without a note, naming the standard, and focuses the notes',
    async () => {
      await openReview();
      for (const key of ['1', '2', '3', '4', '4']) await page.keyboard.press(key);
      expect(await checked()).toEqual(CONSENT_FAILED);
      expect(await page.textContent('#decision-identity')).toBe('');
      await page.keyboard.press('Enter');
      expect(await page.textContent('#submit-error')).toBe(
        '“明确同意” 判定为不通过，请在备注中写明不通过的原因后再提交。',
      );
      expect(await focused('#notes')).toBe(true);
      await screenshot(page, 'review-fail-needs-note');
      // Blank notes are no note either.
      await page.fill('#notes', '   ');
      await page.press('#notes', 'Escape');
      await page.click('#submit');
      expect(await page.textContent('#submit-error')).toContain('请在备注中写明');
      expect(await reviewsOfItem()).toEqual([]);
    },
    BROWSER_TIMEOUT,
  );

  it(
    'keeps choices, notes and comments as a draft through a reload',
    async () => {
      await page.fill('#notes', '客户只说了“嗯”，没有明确同意');
      await page.fill('#comment-text', '此处客户语气犹豫');
      await page.press('#comment-text', 'Enter');
      await page.reload();
      await page.waitForSelector('#transcript li.seg');
      await page.waitForSelector('#flash:not([hidden])');
      expect(await page.textContent('#flash')).toContain('已恢复');
      expect(await checked()).toEqual(CONSENT_FAILED);
      expect(await page.inputValue('#notes')).toBe('客户只说了“嗯”，没有明确同意');
      expect(await page.textContent('#comments')).toContain('此处客户语气犹豫');
      expect(await drafts()).toHaveLength(1);
    },
    BROWSER_TIMEOUT,
  );

  it(
    'a session that ended mid-review: submit sends to sign in, then back to the draft, and submits',
    async () => {
      // The session ends on the server (as after SESSION_IDLE_MINUTES); the page does not know yet.
      await page.context().request.post('/console/logout', { headers: CONSOLE_FORM });
      await Promise.all([page.waitForURL(/\/\?next=/), page.click('#submit')]);
      await page.fill('#username', seed.inspector.username);
      await page.fill('#password', seed.inspector.password);
      await Promise.all([
        page.waitForURL(new RegExp(`/console/review/${itemId}$`)),
        page.click('#login-form button[type=submit]'),
      ]);
      await page.waitForSelector('#transcript li.seg');
      expect(await page.inputValue('#notes')).toBe('客户只说了“嗯”，没有明确同意');
      expect(await checked()).toContain('consent=fail');
      expect(await reviewsOfItem()).toEqual([]);

      await Promise.all([
        page.waitForURL((url) => !url.pathname.endsWith(`/review/${itemId}`)),
        page.keyboard.press('Enter'),
      ]);
      expect(await reviewsOfItem()).toEqual([
        expect.objectContaining({
          rules: { identity: 'pass', comprehension: 'pass', script: 'pass', consent: 'fail' },
          notes: '客户只说了“嗯”，没有明确同意',
          comments: [expect.objectContaining({ text: '此处客户语气犹豫' })],
        }),
      ]);
      expect(await drafts()).toEqual([]);
    },
    BROWSER_TIMEOUT,
  );

  it('ran without script errors or refused content', () => {
    // The sign-in after the ended session answers 401 once, which the browser logs; nothing else.
    expect(page.errors.filter((e) => !/401/.test(e))).toEqual([]);
  });
});
