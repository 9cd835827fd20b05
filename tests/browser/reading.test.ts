/**
 * Reading the Level 4 fixture in Chromium, under /handbook/: with JavaScript off, by keyboard, and arriving
 * by a pasted link.
 */
import { describe, expect, it } from 'vitest';
import { readContentItems } from '../support/content';
import { useServedSite } from '../support/served';
import { level4HandbookSite } from '../support/sites';

const served = useServedSite(level4HandbookSite);

describe('with JavaScript off', () => {
  it('shows every item of the level, and no search box that could not work', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${served.site.url}levels/4/`);
    for (const item of readContentItems(level4HandbookSite.root)) {
      expect(await page.locator(`[id="${item.id}"]`).isVisible(), item.id).toBe(true);
    }
    expect(await page.locator('#site-search-input').isVisible()).toBe(false);
    await context.close();
  });
});

describe('by keyboard', () => {
  it('offers a skip link first, which moves focus to the content', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.site.url}levels/4/`);
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    expect(await skip.textContent()).toBe('Skip to content');
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('shows where focus is', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.site.url}levels/4/common-struggles/`);
    await page.locator('a[href="#struggles-to-delegate"]').focus();
    const outline = await page
      .locator(':focus')
      .evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).toBe('solid');
    await page.close();
  });
});

describe('finding your place', () => {
  it('marks the current level in the header: the page itself on its level page, its part on a section page', async () => {
    const page = await served.browser.newPage();
    const levelLink = page.locator('.level-nav a[href="/handbook/levels/4/"]');
    await page.goto(`${served.site.url}levels/4/`);
    expect(await levelLink.getAttribute('aria-current')).toBe('page');
    await page.goto(`${served.site.url}levels/4/focus-summary/`);
    expect(await levelLink.getAttribute('aria-current')).toBe('true');
    expect(await page.locator('nav[aria-label="Breadcrumb"] [aria-current="page"]').textContent()).toBe(
      'Focus Summary',
    );
    await page.goto(served.site.url);
    expect(await levelLink.getAttribute('aria-current')).toBeNull();
    await page.close();
  });

  it('links each section page to its neighbours, and none before the first or after the last', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.site.url}levels/4/key-behaviors/`);
    expect(await page.locator('a[rel="prev"]').count()).toBe(0);
    expect(await page.locator('a[rel="next"]').getAttribute('href')).toBe(
      '/handbook/levels/4/common-struggles/',
    );
    await page.goto(`${served.site.url}levels/4/focus-summary/`);
    expect(await page.locator('a[rel="prev"]').getAttribute('href')).toBe(
      '/handbook/levels/4/signals-youre-ready-to-level-up/',
    );
    expect(await page.locator('a[rel="next"]').count()).toBe(0);
    await page.close();
  });
});

describe('arriving by a pasted link', () => {
  it.each([
    ['the level page', 'levels/4/#struggles-to-delegate'],
    ['the section page', 'levels/4/common-struggles/#struggles-to-delegate'],
  ])('shows the item on %s below the sticky header, not under it', async (_, path) => {
    const page = await served.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(served.site.url + path);
    const header = await page.locator('.site-header').boundingBox();
    const item = await page.locator('#struggles-to-delegate').boundingBox();
    expect(item && header && item.y >= header.y + header.height).toBe(true);
    expect(item && item.y < 720).toBe(true);
    await page.close();
  });

  it('answers an unknown address with the 404 page, which offers search and the levels', async () => {
    const page = await served.browser.newPage();
    const response = await page.goto(`${served.site.url}levels/9/no-such-section/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(await page.locator('#not-found-search-input').isVisible()).toBe(true);
    expect(await page.locator('main a[href="/handbook/levels/4/"]').count()).toBe(1);
    await page.close();
  });
});
