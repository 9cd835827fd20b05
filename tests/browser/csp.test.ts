/**
 * Locked down: every page of both sites, and a search, run with zero Content-Security-Policy
 * violations and zero requests to any other origin. The served site applies public/_headers as a
 * static host does, so its policy is tested with the pages' own.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPages } from '../support/html';
import { useServedSite } from '../support/served';
import { ladderHandbookSite, level4HandbookSite } from '../support/sites';

const sites = [
  { built: level4HandbookSite, served: useServedSite(level4HandbookSite), level: '4' },
  { built: ladderHandbookSite, served: useServedSite(ladderHandbookSite), level: '2' },
];

/** Records CSP violations (as the page sees them) and every request. */
async function watch(page: Page) {
  const violations: string[] = [];
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI}`,
      );
    });
  });
  return { violations, requests };
}

describe.each(sites)('the Content-Security-Policy, $built.name', ({ built, served, level }) => {
  let page: Page;
  let watched: { violations: string[]; requests: string[] };
  beforeAll(async () => {
    page = await served.browser.newPage();
    watched = await watch(page);
  });
  afterAll(async () => {
    await page.close();
  });
  const offSite = () => {
    const origin = new URL(served.site.url).origin;
    return watched.requests.filter((url) => new URL(url).origin !== origin);
  };

  it("is sent with the static host's headers", async () => {
    const home = await page.goto(served.site.url);
    expect(home?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(home?.headers()['x-content-type-options']).toBe('nosniff');
  });

  it.each(
    readPages(built)
      .filter(({ path }) => !path.endsWith('404.html'))
      .map(({ path }) => ({ path, name: `/${path}` })),
  )('is on $name, and nothing there breaks it or leaves the site', async ({ path }) => {
    await page.goto(served.site.url + path);
    expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
    expect(watched.violations).toEqual([]);
    expect(offSite()).toEqual([]);
  });

  it('is kept by a search, and nothing on any page broke it later', async () => {
    await page.goto(`${served.site.url}levels/${level}/`);
    await page.locator('#site-search-input').fill('fixture product');
    await page.locator('#site-search-results').waitFor();
    await page.waitForLoadState('networkidle');
    expect(watched.violations).toEqual([]);
    expect(offSite()).toEqual([]);
  });
});
