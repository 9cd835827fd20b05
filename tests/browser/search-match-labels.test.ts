/**
 * The search box says "N results for …" only when some result has every word of the query, each as
 * itself or an inflection of it (a stop word or a hyphen never makes it partial). A word found
 * nowhere, or only as the start of another word, is named as missing; words each found, but never
 * all in one item, make it say that no single item has every word. On the fixture ladder, served
 * under /handbook/, where "Fixture struggle, holds on to fixture work too long" and "listens to
 * fixture peers" are items.
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
  const results = page.locator('#home-search-results');
  await expect.poll(() => results.getAttribute('data-search-for')).toBe(query);
  await page.locator('#home-search-results [data-search-list] a').first().waitFor();
  return (await page.locator('#home-search-status').textContent()) ?? '';
}

const missing = (word: string) =>
  new RegExp(`^Nothing here mentions “${word}”; \\d+ results? for the other words:$`);
const partial = (query: string) =>
  new RegExp(`^No single item has every word of “${query}”; \\d+ results? with some of them:$`);
const full = (query: string) => new RegExp(`^\\d+ results? for “${query}”$`);

describe('the search label', () => {
  it.each([
    // "onboarding" is in no item; Pagefind marks "on" of "holds on", which begins like it.
    ['holds onboarding', 'onboarding'],
    // "lists" is in no item; "listens" begins like it but is another word.
    ['listens lists', 'lists'],
  ])(
    'says of "%s" that nothing mentions "%s": it matched only the start of another word',
    async (query, word) => {
      expect(await statusFor(query)).toMatch(missing(word));
    },
  );

  it('says no single item has every word when each is found, but in different items', async () => {
    expect(await statusFor('listens widgets')).toMatch(partial('listens widgets'));
  });

  it.each(['sharing widgets', 'reviewing widgets', 'holds on', 'how do I share widgets', 'holds-on'])(
    'says "%s" is a full match: every word is in one item, as itself or an inflection',
    async (query) => {
      expect(await statusFor(query)).toMatch(full(query));
    },
  );
});
