/**
 * The search box says "N results for …" only when some result has every word of the query, each as
 * itself or an inflection of it. A word found nowhere, or only as the start of another word, makes
 * it say that no single item has every word. On the fixture ladder, served under /handbook/, where
 * "Fixture struggle, holds on to fixture work too long" and "listens to fixture peers" are items.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useServedSite } from '../support/served';
import { ladderHandbookSite } from '../support/sites';

const served = useServedSite(ladderHandbookSite);

let page: Page;
beforeEach(async () => {
  page = await served.browser.newPage();
  await page.goto(served.site.url);
});
afterEach(async () => {
  await page.close();
});

/** What the home page's search box says for `query`, once it has results. */
async function statusFor(query: string): Promise<string> {
  await page.locator('#home-search-input').fill(query);
  await page.locator('#home-search-results [data-search-list] a').first().waitFor();
  const status = page.locator('#home-search-status');
  await expect.poll(() => status.textContent()).toContain(query);
  return (await status.textContent()) ?? '';
}

const partial = (query: string) =>
  new RegExp(`^No single item has every word of “${query}”; \\d+ results? with some of them:$`);
const full = (query: string) => new RegExp(`^\\d+ results? for “${query}”$`);

describe('the search label', () => {
  it.each([
    // "onboarding" is in no item; Pagefind marks "on" of "holds on", which begins like it.
    'holds onboarding',
    // "lists" is in no item; "listens" begins like it but is another word.
    'listens lists',
  ])('says "%s" is a partial match: one word matched only the start of another', async (query) => {
    expect(await statusFor(query)).toMatch(partial(query));
  });

  it.each(['sharing widgets', 'reviewing widgets', 'holds on'])(
    'says "%s" is a full match: every word is in one item, as itself or an inflection',
    async (query) => {
      expect(await statusFor(query)).toMatch(full(query));
    },
  );
});
