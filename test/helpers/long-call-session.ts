import type { Browser } from 'playwright-core';
import { launchBrowser, listen, newPage, signIn, type ConsolePage } from './console-browser.js';
import { evidenceTurns, seedLongCalls, type LongCalls } from './long-call.js';
import { startTestApp, type TestApp } from './test-app.js';

export interface LongCallSession {
  page: ConsolePage;
  seed: LongCalls;
  /** standard → the checker's evidence turns of the long call, unique and ascending (from the API). */
  evidence: Record<string, number[]>;
}

/**
 * Registers the suite's beforeAll/afterAll: an app with the two long calls, a
 * Chromium page signed in as their inspector. The fields are set once beforeAll ran.
 */
export function longCallSession(): LongCallSession {
  const session = {} as LongCallSession;
  let t: TestApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    t = await startTestApp({ QA_SCHEDULER: 'off' });
    session.seed = await seedLongCalls(t);
    session.evidence = await evidenceTurns(t, session.seed.inspectorToken, session.seed.calls.long);
    browser = await launchBrowser();
    session.page = await newPage(browser, await listen(t));
    await signIn(session.page, session.seed.inspector, /\/console\/queue$/);
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  return session;
}
