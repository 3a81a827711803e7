import type { Page } from 'playwright-core';

const CALL_HREF = /^\/console\/calls\/(\d+)$/;

/**
 * Every call link inside `scope`: each must point at /console/calls/{id}.
 * Then the first is clicked, as a person would, and the call page must open
 * on that call. Returns the call ids linked, in the order shown.
 */
export async function opensCallPages(page: Page, scope: string): Promise<number[]> {
  const selector = `${scope} a[href^="/console/calls"]`;
  await page.waitForSelector(selector);
  const hrefs = await page.$$eval(selector, (links) => links.map((a) => a.getAttribute('href')!));
  const ids = hrefs.map((href) => {
    const m = CALL_HREF.exec(href);
    if (!m) throw new Error(`${scope}: ${href} is not a call page link`);
    return Number(m[1]);
  });
  const from = page.url();
  await Promise.all([page.waitForURL(`**/console/calls/${ids[0]}`), page.click(selector)]);
  await page.waitForSelector(`#call-title:text-matches("^#${ids[0]} · ")`);
  await page.waitForSelector('#call-body:not([hidden])');
  await page.goto(from);
  return ids;
}
