/**
 * Searching as a reader does, in Chromium, on the Level 4 fixture served under /handbook/: type a few words,
 * follow the first result, land on the exact item.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fusedWords, indexedPages } from '../support/pagefind';
import { useServedSite } from '../support/served';
import { level4HandbookSite } from '../support/sites';

const served = useServedSite(level4HandbookSite);

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
  const first = page.locator(`${box.replace('-input', '-results')} [data-search-list] a`).first();
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
    expect(await first.locator('.context').textContent()).toBe('Level 4 · Common Struggles');
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

  // 92 KB: Pagefind's code and WebAssembly (73 KB), the handbook's search code, and the index chunk
  // and fragments a query needs; the index carries items' dictionary words since search round 2
  // (about 5 KB more here).
  it('fetches at most 92 KB gzip for a first search, and starts no worker', async () => {
    const fetched: string[] = [];
    page.on('response', (response) => fetched.push(response.url()));
    await searchFrom('levels/4/', 'delegate', '#site-search-input');
    await page.waitForLoadState('networkidle');
    const files = fetched
      .filter((url) => url.includes('/_astro/search') || url.includes('/pagefind/'))
      .map((url) =>
        join(level4HandbookSite.dir, new URL(url).pathname.slice(level4HandbookSite.base.length)),
      );
    const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
    expect(files.some((file) => file.endsWith('pagefind.js'))).toBe(true);
    expect(files.filter((file) => file.includes('worker'))).toEqual([]);
    expect(bytes).toBeLessThanOrEqual(92 * 1024);
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

  it("says so when nothing matches, and offers the level's sections and searches that work", async () => {
    await page.goto(served.site.url);
    await page.locator('#home-search-input').fill('xylophone');
    await expect
      .poll(() => page.locator('#home-search-status').textContent())
      .toBe('No results for “xylophone”. Try one of these:');
    const suggestions = page.locator('#home-search-results [data-search-suggestions]');
    expect(await suggestions.isVisible()).toBe(true);
    const places = await suggestions
      .locator('a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(places).toHaveLength(9);
    expect(places).toContain('/handbook/levels/4/common-struggles/');
    const examples = await suggestions.locator('button').allTextContents();
    expect(examples).toEqual(['stakeholder', 'roadmap', 'push back']);
    await suggestions.getByRole('button', { name: 'push back' }).click();
    const first = page.locator('#home-search-results [data-search-list] a').first();
    await expect
      .poll(() => first.getAttribute('href'))
      .toBe('/handbook/levels/4/#challenges-unclear-direction');
    expect(await suggestions.isHidden()).toBe(true);
  });

  it('shows the best partial matches, labelled, when no item has every word', async () => {
    await page.goto(served.site.url);
    await page.locator('#home-search-input').fill('feedback questions');
    await expect
      .poll(() => page.locator('#home-search-status').textContent())
      .toMatch(/^No single item has every word of “feedback questions”; \d+ results with some of them:$/);
    const contexts = await page.locator('#home-search-results .context').allTextContents();
    expect(contexts.length).toBeGreaterThan(1);
  });

  it('says when a query names a level the handbook does not have, and only then', async () => {
    await page.goto(served.site.url);
    await page.locator('#home-search-input').fill('Level 5');
    await expect
      .poll(() => page.locator('#home-search-status').textContent())
      .toBe(
        'There is no level “5” in this handbook (its levels: Level 4). No results for “Level 5”. Try one of these:',
      );
    await page.locator('#home-search-input').fill('level 5 delegate');
    await expect
      .poll(() => page.locator('#home-search-status').textContent())
      .toBe('There is no level “5” in this handbook (its levels: Level 4). 1 result for “delegate”');
    // "level up" is the framework's words, not a level called "up".
    await page.locator('#home-search-input').fill('level up');
    await expect
      .poll(() => page.locator('#home-search-status').textContent())
      .toMatch(/^\d+ results? for “level up”$/);
    expect(
      await page.locator('#home-search-results [data-search-list] a').first().getAttribute('href'),
    ).toMatch(/^\/handbook\/levels\/4\/#/);
  });

  it('ranks items above the page that merely contains the words, and says where each is from', async () => {
    const first = await searchFrom('', 'prioritize');
    expect(await first.getAttribute('href')).toBe('/handbook/levels/4/#drives-clarity');
    const links = page.locator('#home-search-results [data-search-list] a');
    const hrefs = await links.evaluateAll((all) => all.map((link) => link.getAttribute('href') ?? ''));
    const level = hrefs.indexOf('/handbook/levels/4/');
    // The level page (its introduction) may be listed, but after every item.
    if (level !== -1) expect(hrefs.slice(level + 1)).toEqual([]);
    expect(hrefs.filter((href) => href.includes('#')).length).toBeGreaterThan(1);
    // An item says where it is; a page result is titled by the page's own title.
    for (const link of await links.all()) {
      const [words, context] = await Promise.all([
        link.locator('.words').textContent(),
        link.locator('.context').textContent(),
      ]);
      if ((await link.getAttribute('href'))?.includes('#')) expect(context).toMatch(/^Level 4 · /);
      else expect(words).toMatch(/^Level 4: /);
    }
  });

  it('focuses search from anywhere with Ctrl+K or Cmd+K, and not with K alone', async () => {
    await page.goto(`${served.site.url}levels/4/common-struggles/`);
    const active = () => page.evaluate(() => document.activeElement?.id ?? '');
    await page.keyboard.press('k');
    expect(await active()).toBe('');
    await page.keyboard.press('Control+k');
    expect(await active()).toBe('site-search-input');
    await page.locator('main a').first().focus();
    await page.keyboard.press('Meta+k');
    expect(await active()).toBe('site-search-input');
  });

  it('runs the query /search/?q= names, keeps the address in step, and is where the box leads for more', async () => {
    await page.goto(`${served.site.url}search/?q=${encodeURIComponent('push back')}`);
    const first = page.locator('#search-page-results [data-search-list] a').first();
    await expect
      .poll(() => first.getAttribute('href'))
      .toBe('/handbook/levels/4/#challenges-unclear-direction');
    expect(await page.locator('#search-page-input').inputValue()).toBe('push back');
    await page.locator('#search-page-input').fill('tradeoffs');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=tradeoffs');
    // The header's box links to the search page for the same query, and goes there on Enter when
    // nothing matches.
    const all = await searchFrom('levels/4/', 'delegate', '#site-search-input');
    expect(await all.getAttribute('href')).toBe('/handbook/levels/4/#struggles-to-delegate');
    expect(await page.locator('#site-search-results [data-search-all]').getAttribute('href')).toBe(
      '/handbook/search/?q=delegate',
    );
    await page.locator('#site-search-input').fill('xylophone');
    await expect.poll(() => page.locator('#site-search-status').textContent()).toContain('xylophone');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=xylophone$/);
  });

  it('says on /search/ without JavaScript that search needs it, and offers every level', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const still = await context.newPage();
    await still.goto(`${served.site.url}search/?q=delegate`);
    expect(await still.locator('#search-page-input').isVisible()).toBe(false);
    expect(await still.locator('main').innerText()).toContain('Search needs JavaScript');
    expect(await still.locator('main a[href="/handbook/levels/4/"]').count()).toBeGreaterThan(0);
    await context.close();
  });
});
