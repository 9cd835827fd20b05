/**
 * The fixture ladder in Chromium, under /handbook/: search says which level a result is from, filters
 * by level and competency, finds items by their search terms; indexed text keeps its word boundaries,
 * and the compare page reads at 360 px.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fusedWords, indexedPages } from '../support/pagefind';
import { useServedSite } from '../support/served';
import { ladderHandbookSite } from '../support/sites';

const served = useServedSite(ladderHandbookSite);

describe('search across levels', () => {
  it('says which level a result comes from', async () => {
    const page = await served.browser.newPage();
    await page.goto(served.site.url);
    await page.locator('#home-search-input').fill('quokkas');
    const first = page.locator('#home-search-results a').first();
    await first.waitFor();
    expect(await first.locator('.context').textContent()).toBe(
      'Fixture Level 3 (Manager) · Fixture People · Fixture Key Behaviors',
    );
    expect(await first.getAttribute('href')).toBe('/handbook/levels/3-manager/#fixture-grows-quokkas');
    await page.close();
  });

  /** The search page for `query`, once it shows results; the ids (or paths) they lead to. */
  async function searchPage(page: Page, query: string) {
    await page.goto(`${served.site.url}search/?q=${encodeURIComponent(query)}`);
    await expect.poll(() => page.locator('[data-search-summary]').textContent()).toContain(`“${query}”`);
    return resultIds(page);
  }
  const resultIds = (page: Page) =>
    page
      .locator('[data-search-list] a')
      .evaluateAll((links) =>
        links.map(
          (link) => new URL((link as HTMLAnchorElement).href).pathname + (link as HTMLAnchorElement).hash,
        ),
      );

  it('finds an item by its own search terms, which the page never shows', async () => {
    const page = await served.browser.newPage();
    expect(await searchPage(page, 'marsupials')).toEqual([
      '/handbook/levels/3-manager/#fixture-grows-quokkas',
    ]);
    await page.goto(`${served.site.url}levels/3-manager/`);
    expect(await page.locator('main').innerText()).not.toMatch(/marsupials/i);
    await page.close();
  });

  it('filters by level, and by competency, on the search page', async () => {
    const page = await served.browser.newPage();
    const everywhere = await searchPage(page, 'widgets');
    expect(new Set(everywhere.map((url) => url.split('#')[0])).size).toBeGreaterThan(1);
    const before = await page.locator('[data-search-summary]').textContent();
    await page.locator('[data-search-level]').selectOption({ label: 'Fixture Level 2' });
    await expect.poll(() => page.locator('[data-search-summary]').textContent()).not.toBe(before);
    const level2 = await resultIds(page);
    expect(level2.length).toBeGreaterThan(1);
    for (const url of level2) expect(url).toMatch(/^\/handbook\/levels\/2\/(#|$)/);

    await page.locator('[data-search-level]').selectOption({ label: 'All levels' });
    await page.locator('#search-page-input').fill('team');
    await expect.poll(() => page.locator('[data-search-summary]').textContent()).toContain('“team”');
    const contexts = () => page.locator('[data-search-list] .context').allTextContents();
    expect((await contexts()).some((context) => context.includes('Fixture Craft'))).toBe(true);
    await page.locator('[data-search-competency]').selectOption({ label: 'Fixture People' });
    await expect
      .poll(async () => (await contexts()).every((context) => context.includes('Fixture People')))
      .toBe(true);
    expect((await contexts()).length).toBeGreaterThan(0);
    await page.close();
  });

  it('offers the levels and the example searches after a miss, and tells a level that does not exist', async () => {
    const page = await served.browser.newPage();
    await searchPage(page, 'level 9 xylophone');
    const summary = await page.locator('[data-search-summary]').textContent();
    expect(summary).toMatch(
      /^There is no level “9” in this handbook \(its levels: Fixture Level 1, .*Fixture Principal \(IC\)\)\./,
    );
    const suggestions = page.locator('[data-search-suggestions]');
    expect(await suggestions.locator('a').allTextContents()).toContain('Fixture Level 3 (Manager)');
    expect(await suggestions.locator('button').allTextContents()).toEqual([
      'fixture gadgets',
      'fixture coaching',
      'fixture marsupials',
    ]);
    await suggestions.getByRole('button', { name: 'fixture marsupials' }).click();
    await expect
      .poll(async () => (await resultIds(page))[0])
      .toBe('/handbook/levels/3-manager/#fixture-grows-quokkas');
    expect(new URL(page.url()).search).toBe('?q=fixture%20marsupials');
    await page.close();
  });

  it('indexes every page with its words apart: no "Level 4strategic", no "→To"', async () => {
    const page = await served.browser.newPage();
    const pages = await indexedPages(page, served.site.url, 'fixture');
    expect(pages.length).toBeGreaterThan(20);
    for (const indexed of pages) {
      expect(indexed.content, indexed.url).not.toMatch(fusedWords);
      expect(indexed.meta.title, indexed.url).toMatch(/Fixture (Level|Principal)/);
    }
    await page.close();
  });
});

describe('the compare page', () => {
  it('reads at 360 px: no sideways scrolling, each column saying which level it is', async () => {
    const page = await served.browser.newPage({ viewport: { width: 360, height: 780 } });
    await page.goto(`${served.site.url}compare/2/3-ic/`);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    const columns = page.locator('section.row').first().locator('.column');
    const [left, right] = [await columns.nth(0).boundingBox(), await columns.nth(1).boundingBox()];
    expect(left && right && right.y > left.y).toBe(true); // stacked, not squeezed side by side
    expect(await columns.nth(1).locator('.level').textContent()).toBe('Fixture Level 3 (IC)');
    await page.close();
  });

  it('sits the two levels side by side on a wide screen', async () => {
    const page = await served.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${served.site.url}compare/2/3-ic/`);
    const columns = page.locator('section.row').first().locator('.column');
    const [left, right] = [await columns.nth(0).boundingBox(), await columns.nth(1).boundingBox()];
    expect(left && right && right.x > left.x && Math.abs(right.y - left.y) < 1).toBe(true);
    await page.close();
  });
});
