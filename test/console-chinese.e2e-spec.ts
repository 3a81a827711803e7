import type { Browser } from 'playwright-core';
import {
  launchBrowser,
  listen,
  newPage,
  signIn,
  describeBrowser,
} from './helpers/console-browser.js';
import { seedReviewQueue, type ReviewQueue } from './helpers/console-seed.js';
import { englishSentences } from './helpers/english-text.js';
import { ADMIN_TOKEN, bearer, startTestApp, type TestApp } from './helpers/test-app.js';
import { CONSOLE_ROLES, navFor } from '../src/console/nav.js';
import type { Role } from '../src/common/access/roles.js';

const SLOW = 180_000;
const PASS = { identity: 'pass', comprehension: 'pass', script: 'pass', consent: 'pass' };
/** The ISO week of the seeded calls (Friday 2026-11-20). */
const WEEK = '2026-W47';
const LANDING: Record<string, RegExp> = {
  inspector: /\/console\/queue$/,
  supervisor: /\/console\/queue$/,
};

describeBrowser('web console in Chromium: every page speaks Chinese', () => {
  let t: TestApp;
  let browser: Browser;
  let baseURL: string;
  let seed: ReviewQueue;
  let openItemId: number;

  beforeAll(async () => {
    t = await startTestApp({ QA_SCHEDULER: 'off' });
    seed = await seedReviewQueue(t);
    // One review failed on consent: it raises a remedial task with a reason, shown on pages.
    const [done, open] = seed.runItems;
    openItemId = open.id;
    await t
      .http()
      .post('/api/qa/reviews')
      .set(bearer(seed.inspectorToken))
      .send({ itemId: done.id, rules: { ...PASS, consent: 'fail' }, notes: '未明确同意' })
      .expect(201);
    await t
      .http()
      .post('/api/blacklist')
      .set(bearer(ADMIN_TOKEN))
      .send({ phone: '13900139000', reason: '客户要求不再来电' })
      .expect(201);
    await t
      .http()
      .post('/api/complaints')
      .set(bearer(ADMIN_TOKEN))
      .send({
        phone: seed.calls.consent.phone,
        severity: 'minor',
        category: '资费疑问',
        description: '用户对本月扣费有疑问',
        receivedAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
      })
      .expect(201);
    baseURL = await listen(t);
    browser = await launchBrowser();
  }, SLOW);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** The pages a role reaches from the navigation, plus those opened from lists. */
  const pagesFor = (role: Role): string[] => [
    ...navFor(role, WEEK).map((l) => l.href),
    `/console/calls/${seed.calls.consent.id}`,
    `/console/calls/${seed.calls.valid.id}`,
    ...(role === 'inspector' || role === 'admin' ? [`/console/review/${openItemId}`] : []),
    '/console/nope',
    '/nope',
    `/reports/weekly/2026-W99`,
    // Bull Board's own UI is English (a third-party tool): only the refusal page is checked.
    ...(role === 'admin' ? [] : ['/admin/queues']),
  ];

  it(
    'translates API errors shown on a page (an invalid phone number, an upload that is not CSV)',
    async () => {
      const manager = await t.accountFor('campaign_manager', '营销经理 赵磊');
      const page = await newPage(browser, baseURL);
      await signIn(page, manager, /\/console$/);
      await page.goto('/console/blacklist');
      await page.fill('#phone', '12345');
      await page.click('#search button[type=submit]');
      const error = page.locator('#search-error');
      await error.waitFor();
      expect(await error.innerText()).toContain('电话号码“12345”无效');
      expect(englishSentences(await page.innerText('body'))).toEqual([]);
      // A note saved as .txt is refused by the upload, with the reason in Chinese.
      await page.goto('/console/dial-lists');
      await page.setInputFiles('#file', {
        name: 'list.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('请明天上午拨打以下客户\n13800138000\n'),
      });
      await page.click('#upload-button');
      await page.locator('#upload-error').waitFor();
      expect(await page.innerText('#upload-error')).toContain('文件不是 CSV');
      expect(englishSentences(await page.innerText('body'))).toEqual([]);
      await page.context().close();
    },
    SLOW,
  );

  it(
    "shows a remedial task's stored English reason in Chinese on the call page",
    async () => {
      const supervisor = await t.accountFor('supervisor', '主管 李静');
      const page = await newPage(browser, baseURL);
      await signIn(page, supervisor, /\/console\/queue$/);
      const callId = seed.runItems[0].callId;
      await page.goto(`/console/calls/${callId}`);
      await page.waitForSelector('#remedial table');
      expect(await page.innerText('#remedial')).toMatch(
        new RegExp(`每日抽查复核 #\\d+ 判定通话 #${callId} 不合格：明确同意`),
      );
      await page.context().close();
    },
    SLOW,
  );

  it('shows the sign-in page in Chinese', async () => {
    const page = await newPage(browser, baseURL);
    await page.goto('/', { waitUntil: 'networkidle' });
    expect(englishSentences(await page.innerText('body'))).toEqual([]);
    await page.context().close();
  });

  it.each(CONSOLE_ROLES)(
    'shows %s every page without an English sentence',
    async (role) => {
      const account = await t.accountFor(role, `测试 ${role}`);
      const page = await newPage(browser, baseURL);
      await signIn(page, account, LANDING[role] ?? /\/console$/);
      const found: Record<string, string[]> = {};
      for (const path of pagesFor(role)) {
        const res = await page.goto(path, { waitUntil: 'networkidle' });
        // An error answered as raw JSON would be English to a reader, whatever its words.
        if (!res!.headers()['content-type']?.startsWith('text/html')) found[path] = ['not HTML'];
        const english = englishSentences(await page.innerText('body'));
        if (english.length > 0) found[path] = english;
      }
      expect(found).toEqual({});
      await page.context().close();
    },
    SLOW,
  );
});
