import { readFileSync } from 'node:fs';
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
import { ADMIN_TOKEN, bearer, startTestApp, type TestApp } from './helpers/test-app.js';

/** Five rows: one blacklisted by then, one duplicate in another spelling, one not a number. */
const CAMPAIGN_CSV = [
  'phone,name',
  '+86 138 0013 8000,甲',
  '13900139000,乙',
  '139-0013-9000,乙（重复）',
  '12345,无效',
  '0086-13700137000,丙',
].join('\n');

describeBrowser('web console in Chromium: a campaign manager keeps dial lists clean', () => {
  let t: TestApp;
  let browser: Browser;
  let page: ConsolePage;

  beforeAll(async () => {
    t = await startTestApp({ QA_SCHEDULER: 'off' });
    const manager = await t.accountFor('campaign_manager', '营销经理 赵磊');
    const token = manager.token;
    // Received ten days ago and never contacted: past both deadlines.
    await t
      .http()
      .post('/api/complaints')
      .set(bearer(token))
      .send({
        phone: '13600136000',
        severity: 'minor',
        category: '资费疑问',
        description: '用户对本月扣费有疑问，要求说明',
        receivedAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
      })
      .expect(201);
    browser = await launchBrowser();
    page = await newPage(browser, await listen(t));
    await signIn(page, manager, /\/console$/);
  }, BROWSER_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const search = async (phone: string) => {
    await page.fill('#phone', phone);
    await page.click('#search button[type=submit]');
    await page.waitForSelector('#result:not([hidden])');
  };

  it(
    'shows a campaign manager only the lists the role may read',
    async () => {
      await page.waitForSelector('#complaints table');
      expect(await page.textContent('#complaints')).toContain('13600136000');
      expect(await page.textContent('#complaints')).toContain('首次联系');
      expect(await page.$('#remedial')).toBeNull();
      expect(await page.$('#confirmations')).toBeNull();
      await screenshot(page, 'dashboard-campaign-manager');
    },
    BROWSER_TIMEOUT,
  );

  it(
    'finds a number in any spelling and blacklists it with a reason',
    async () => {
      await page.click('nav >> text=黑名单');
      await search('+86 138 0013 8000');
      expect(await page.textContent('#result-phone')).toBe('13800138000');
      expect(await page.textContent('#result-status')).toBe('不在黑名单中');
      await page.fill('#reason', '严重投诉：多次骚扰');
      await page.click('#change-button');
      await page.waitForSelector('#result-status >> text=在黑名单中');
      await search('0086-13800138000');
      expect(await page.textContent('#result-status')).toBe('在黑名单中');
      expect(await page.textContent('#history tbody')).toContain('严重投诉：多次骚扰');
    },
    BROWSER_TIMEOUT,
  );

  it(
    'uploads a dial list, shows the counts, and downloads only what may be dialled',
    async () => {
      await page.click('nav >> text=拨号名单');
      await page.setInputFiles('#file', {
        name: 'campaign.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(CAMPAIGN_CSV),
      });
      await page.click('#upload-button');
      await page.waitForSelector('#download:not([hidden])');
      expect(await page.getAttribute('#progress', 'value')).toBe('100');
      const cards = await page.$$eval('#counts .card', (cs) =>
        cs.map((c) => [
          c.querySelector('.label')!.textContent,
          c.querySelector('.value')!.textContent,
        ]),
      );
      expect(cards).toEqual([
        ['输入行数', '5'],
        ['无效号码', '1'],
        ['重复号码', '1'],
        ['黑名单号码', '1'],
        ['可拨打', '2'],
      ]);
      const id = Number(new URL(page.url()).searchParams.get('id'));
      const api = await t.http().get(`/api/dial-lists/${id}`).set(bearer(ADMIN_TOKEN)).expect(200);
      expect(api.body.counts).toEqual({
        input: 5,
        invalid: 1,
        duplicates: 1,
        blacklisted: 1,
        exported: 2,
      });
      await screenshot(page, 'dial-lists');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('#download'),
      ]);
      expect(download.suggestedFilename()).toBe(`dial-list-${id}.csv`);
      const csv = readFileSync((await download.path())!, 'utf8');
      expect(csv).toContain('13900139000');
      expect(csv).toContain('13700137000');
      expect(csv).not.toContain('13800138000');
    },
    BROWSER_TIMEOUT,
  );

  it(
    'removes the number with a reason and keeps both changes in its history',
    async () => {
      await page.click('nav >> text=黑名单');
      await search('138-0013-8000');
      await page.fill('#reason', '核实为误加');
      await page.click('#change-button');
      await page.waitForSelector('#result-status >> text=不在黑名单中');
      const history = await page.$$eval('#history tbody tr', (rows) =>
        rows.map((r) => r.querySelectorAll('td')[1].textContent),
      );
      expect(history).toEqual(['移出', '加入']);
      await screenshot(page, 'blacklist');
    },
    BROWSER_TIMEOUT,
  );

  it('ran without script errors or refused content', () => {
    expect(page.errors).toEqual([]);
  });
});
