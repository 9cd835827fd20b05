/**
 * Searching as a reader does, in Chromium, on the site served under /handbook/: type a few words,
 * follow the first result, land on the exact item.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fusedWords, indexedPages } from '../support/pagefind';
import { useServedSite } from '../support/served';

const served = useServedSite();

let page: Page;
let requests: string[];

beforeEach(async () => {
  page = await served.browser.newPage();
  requests = [];
  page.on('request', (request) => requests.push(request.url()));
});
afterEach(async () => {
  await page.close();
});

async function searchFrom(path: string, query: string, box = '#home-search-input') {
  await page.goto(served.site.url + path);
  await page.locator(box).fill(query);
  const first = page.locator(`${box.replace('-input', '-results')} a`).first();
  await first.waitFor();
  return first;
}

describe('search', () => {
  it('lands on the Common Struggles item, at its canonical URL, when a reader searches "delegate" from the home page', async () => {
    const first = await searchFrom('', 'delegate');
    await first.click();
    await page.waitForURL(/#/);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/handbook/levels/4/');
    expect(url.hash).toBe('#struggles-to-delegate');
    const target = page.locator(':target');
    await expect
      .poll(() => target.textContent())
      .toContain('May struggle to delegate ownership of product details');
    expect(
      await target.evaluate(
        (element) => element.closest('section, article')?.querySelector('h1, h2')?.textContent,
      ),
    ).toContain('Common Struggles');
  });

  it('finds "tradeoffs", shows the item in its own words and highlights the word', async () => {
    const first = await searchFrom('', 'tradeoffs');
    expect(await first.locator('.words').textContent()).toBe(
      'Can over-index on product impact and under-communicate technical tradeoffs',
    );
    expect(await first.locator('.context').textContent()).toBe('Common Struggles · Level 4');
    expect(await first.getAttribute('href')).toBe('/handbook/levels/4/#under-communicates-tradeoffs');
    expect(await first.locator('mark').first().textContent()).toMatch(/tradeoffs/i);
  });

  it('loads no Pagefind code until the reader focuses the search box', async () => {
    await page.goto(`${served.site.url}levels/4/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.locator('#site-search-input').focus();
    await expect
      .poll(() => requests.some((url) => url.endsWith('/handbook/pagefind/pagefind.js')))
      .toBe(true);
  });

  it('is usable from the keyboard: arrow down into results, Escape back to the box', async () => {
    const first = await searchFrom('levels/4/', 'habits product', '#site-search-input');
    await page.keyboard.press('ArrowDown');
    expect(await first.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    expect(await page.locator('#site-search-results').isHidden()).toBe(true);
  });

  it('opens the first result when the reader presses Enter in the box', async () => {
    await searchFrom('levels/4/', 'mentors', '#site-search-input');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#mentors-product-thinking$/);
    expect(new URL(page.url()).pathname).toBe('/handbook/levels/4/');
  });

  it('makes no request to another site, before or during a search', async () => {
    await searchFrom('', 'delegate');
    await page.waitForLoadState('networkidle');
    const origin = new URL(served.site.url).origin;
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });

  it('announces how many results there are', async () => {
    await searchFrom('', 'delegate');
    await expect
      .poll(() => page.locator('#home-search-status').textContent())
      .toMatch(/^\d+ results? for “delegate”$/);
  });

  it('indexes every page with its words apart: "Level 4 strategic product partner", not "4strategic"', async () => {
    const pages = await indexedPages(page, served.site.url, 'product');
    expect(pages.length).toBeGreaterThan(5);
    for (const indexed of pages) expect(indexed.content, indexed.url).not.toMatch(fusedWords);
    const level = pages.find((indexed) => indexed.url.endsWith('/levels/4/'));
    expect(level?.content).toContain('Level 4 strategic product partner');
  });

  it('says so when nothing matches', async () => {
    await page.goto(served.site.url);
    await page.locator('#home-search-input').fill('xylophone');
    await expect
      .poll(() => page.locator('#home-search-status').textContent())
      .toBe('No results for “xylophone”');
  });
});
