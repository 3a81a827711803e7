import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { dialect, type Account, type TestApp } from './test-app.js';

/** Debian's Chromium: Playwright cannot download its own browser here (.ci/run installs it). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Browser specs run on SQLite only: the pages only call the API, which the API
 * suites cover on both dialects, so one browser run is enough.
 */
export const describeBrowser = dialect() === 'postgres' ? describe.skip : describe;

/** A browser test's timeout: pages load scripts and call the API several times. */
export const BROWSER_TIMEOUT = 90_000;

/** Screenshots of every page land here (gitignored). */
export const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
/** The README's screenshot: committed, refreshed only on request (UPDATE_SCREENSHOTS=1). */
export const README_SCREENSHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** The console is used at 1280×800; every page is checked there. */
export async function newPage(browser: Browser, baseURL: string): Promise<ConsolePage> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  // Script errors and CSP refusals surface here; a clean page has none.
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  return Object.assign(page, { errors });
}

export type ConsolePage = Page & { errors: string[] };

/** The e2e app answers supertest in-process; a browser needs a real port. */
export async function listen(t: TestApp): Promise<string> {
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}${name}.png` });
}

/** Signs in through the form at `/`, as a person would, and waits for the landing page. */
export async function signIn(page: Page, account: Account, landing: RegExp): Promise<void> {
  await page.goto('/');
  await page.fill('#username', account.username);
  await page.fill('#password', account.password);
  await Promise.all([page.waitForURL(landing), page.click('#login-form button[type=submit]')]);
}
