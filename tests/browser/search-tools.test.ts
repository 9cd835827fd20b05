/**
 * Search finds the tools (the case and the rubric) by the words readers use for them (issue 18), on the
 * Level 4 fixture served under /handbook/, in Chromium: each is one result, its title and purpose, and
 * items still come first for words the framework's items use.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useServedSite } from '../support/served';
import { level4HandbookSite } from '../support/sites';

const served = useServedSite(level4HandbookSite);
const rubric = '/handbook/levels/4/rubric/';
const myCase = '/handbook/case/';

let page: Page;

beforeEach(async () => {
  page = await served.browser.newPage();
});
afterEach(async () => {
  await page.close();
});

/** The hrefs of the home search box's results for `query`, in order. */
async function results(query: string): Promise<string[]> {
  await page.goto(served.site.url);
  await page.locator('#home-search-input').fill(query);
  const status = page.locator('#home-search-status');
  await expect.poll(() => status.textContent()).toContain(`“${query}”`);
  return page
    .locator('#home-search-results [data-search-list] a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

describe('search finds the tools', () => {
  it.each([
    'rubric',
    'self assessment',
    'self-assessment',
    'promotion packet',
    'promotion case',
    'worksheet',
    'evidence',
    // Other words readers use for such tools.
    'self review',
    'scorecard',
    'brag document',
    'promotion document',
    'my case',
  ])('finds the rubric or the case among the first three results for “%s”', async (query) => {
    const found = await results(query);
    expect(
      found.slice(0, 3).some((href) => href === rubric || href === myCase),
      found.join(' '),
    ).toBe(true);
  });

  it('shows a tool as one result: its title, and what it is for', async () => {
    await results('rubric');
    const link = page.locator(`#home-search-results [data-search-list] a[href="${rubric}"]`);
    expect(await link.count()).toBe(1);
    expect(await link.locator('.words').textContent()).toBe('Level 4 rubric');
    expect(await link.locator('.context').textContent()).toMatch(/printable rubric and worksheet/);
    expect(await link.locator('mark').first().textContent()).toMatch(/rubric/i);
  });

  it('finds both tools for a promotion packet, and no item rows of the rubric', async () => {
    const found = await results('promotion packet');
    expect(found).toEqual(expect.arrayContaining([rubric, myCase]));
    expect(found.filter((href) => href.startsWith(rubric))).toEqual([rubric]);
  });

  it('still puts items first for words an item uses', async () => {
    const delegate = await results('delegate');
    expect(delegate[0]).toBe('/handbook/levels/4/#struggles-to-delegate');
    expect(delegate).not.toContain(rubric);
    // "documentation" is in an item, and shares its stem with "promotion document", a tool's word.
    const documentation = await results('documentation');
    expect(documentation[0]).toBe('/handbook/levels/4/#fill-direction-gaps');
    expect(documentation.slice(1)).toEqual(expect.arrayContaining([rubric, myCase]));
  });
});
