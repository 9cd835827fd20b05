/**
 * The fixture ladder in Chromium, under /handbook/: search says which level a result is from, indexed
 * text keeps its word boundaries, and the compare page reads at 360 px.
 */
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
      'Fixture Key Behaviors · Fixture Level 3 (Manager)',
    );
    expect(await first.getAttribute('href')).toBe('/handbook/levels/3-manager/#fixture-grows-quokkas');
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
