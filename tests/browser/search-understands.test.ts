/**
 * Search that understands how people ask (issue 20), in Chromium on the Level 4 fixture served under
 * /handbook/: a misspelt word is corrected, with a way back to the words typed; a question's words of
 * asking do not steer it; a named level's page comes first; a result found through its search terms
 * says why; the vocabulary is fetched only when a query needs it; and the index carries words the
 * published pages do not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useServedSite } from '../support/served';
import { level4HandbookSite } from '../support/sites';

const served = useServedSite(level4HandbookSite);

let page: Page;
let requests: string[];
beforeEach(async () => {
  page = await served.browser.newPage();
  requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${served.site.url}search/`);
});
afterEach(async () => {
  await page.close();
});

const results = () => page.locator('#search-page-results');
const summary = () => page.locator('#search-page-results [data-search-summary]');
const links = () => page.locator('#search-page-results [data-search-list] a');

/** Types `query` into the search page's box and waits for its results. */
async function search(query: string): Promise<void> {
  await page.locator('#search-page-input').fill(query);
  await expect.poll(() => results().getAttribute('data-search-for')).toBe(query);
}
const hrefs = () => links().evaluateAll((all) => all.map((link) => link.getAttribute('href') ?? ''));
const vocabularyFetched = () => requests.some((url) => url.endsWith('/handbook/search/words.json'));

describe('a misspelt query', () => {
  it('shows the results for the nearest words the handbook uses, says so, and offers the words typed', async () => {
    await search('stratgic');
    expect(await summary().textContent()).toMatch(/^Showing results for “strategic”: \d+ results?\./);
    expect(await page.locator('#search-page-status').textContent()).toMatch(
      /^Showing results for “strategic”/,
    );
    expect((await hrefs())[0]).toMatch(/#(strategic-voice|uplifts-others)$/);
    expect(vocabularyFetched()).toBe(true);

    const instead = page.getByRole('button', { name: 'Search for “stratgic” instead' });
    await instead.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => summary().textContent()).toBe('No results for “stratgic”. Try one of these:');
    expect(new URL(page.url()).searchParams.get('q')).toBe('stratgic');
  });

  it('is left alone when it is a word the handbook does not use but no near word finds more', async () => {
    await search('xylophone strategy');
    expect(await summary().textContent()).toMatch(
      /^Nothing here mentions “xylophone”; \d+ results? for the other words:$/,
    );
    expect(await page.getByRole('button', { name: /instead/ }).count()).toBe(0);
  });
});

describe('a query asked as a question', () => {
  it('is searched by its meaningful words, and a right answer is not called partial', async () => {
    await search('how do I delegate better');
    expect(await summary().textContent()).toBe('1 result for “how do I delegate better”');
    expect((await hrefs())[0]).toBe('/handbook/levels/4/#struggles-to-delegate');
  });

  it("leads to a named level's own page first", async () => {
    await search('what does level 4 mean');
    expect((await hrefs())[0]).toBe('/handbook/levels/4/');
    expect(await links().first().locator('.words').textContent()).toBe('Level 4');
  });

  it('searches the rest of a query that names a level in that level', async () => {
    await search('level 4 delegate');
    expect((await hrefs())[0]).toBe('/handbook/levels/4/#struggles-to-delegate');
  });
});

describe('a result found through its search terms', () => {
  it("says which of its words the reader's word stands for, and marks them", async () => {
    expect(vocabularyFetched()).toBe(false);
    await search('stakeholder');
    const first = links().first();
    expect(await first.locator('.why').textContent()).toMatch(
      /^matches “[^”]+”(, “[^”]+”)*, for “stakeholder”$/,
    );
    const marked = await first.locator('.words mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    const why = (await first.locator('.why').textContent()) ?? '';
    for (const word of marked) expect(why.toLowerCase()).toContain(word.toLowerCase());
  });

  it('finds an item by a dictionary word neither it nor the thesaurus uses, below its own words', async () => {
    await search('assign');
    expect((await hrefs())[0]).toBe('/handbook/levels/4/#struggles-to-delegate');
    expect(await links().first().locator('.why').textContent()).toBe('matches “delegate”, for “assign”');
    // A word an item has in its own text still ranks it first.
    await search('ambiguous');
    expect((await hrefs())[0]).toBe('/handbook/levels/4/#structures-ambiguous-discussions');
    expect(await links().first().locator('.why').count()).toBe(0);
  });

  it('says nothing of why for a result found by its own words', async () => {
    await search('delegate');
    expect(await page.locator('#search-page-results .why').count()).toBe(0);
  });
});

describe('what the results add, for every reader', () => {
  it.each(['light', 'dark'] as const)(
    'has no WCAG 2.2 AA violation with a correction and an explained result shown, %s',
    async (colorScheme) => {
      // axe needs a page of its own context.
      await page.close();
      const context = await served.browser.newContext({ colorScheme, viewport: { width: 320, height: 800 } });
      page = await context.newPage();
      await page.goto(`${served.site.url}search/`);
      for (const query of ['stratgic', 'stakeholder']) {
        await search(query);
        const results = await new AxeBuilder({ page })
          .include('#search-page-results')
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(results.violations.map((violation) => violation.id)).toEqual([]);
      }
      expect(await page.getByRole('button', { name: /instead/ }).count()).toBe(0);
      await search('stratgic');
      const box = await page.getByRole('button', { name: /instead/ }).boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(24);
      await context.close();
    },
  );
});

describe('the index and the pages', () => {
  it("indexes an item's dictionary words, which no published page carries", () => {
    const pageHtml = readFileSync(
      join(level4HandbookSite.dir, 'levels/4/common-struggles/index.html'),
      'utf8',
    );
    expect(pageHtml).toContain('May struggle to delegate');
    expect(pageHtml).not.toMatch(/\bassign\b/);
    const vocabulary = JSON.parse(
      readFileSync(join(level4HandbookSite.dir, 'search/words.json'), 'utf8'),
    ) as {
      words: string[];
      terms: Record<string, string[]>;
    };
    expect(vocabulary.terms['assign']).toContain('delegate');
    expect(vocabulary.words).not.toContain('assign');
  });
});
