/**
 * Automated WCAG 2.2 A and AA checks (axe-core) on every kind of page, in light and dark, wide and
 * narrow, with the search results open too. Automated checks catch a part of what matters; the
 * keyboard and no-JavaScript tests in reading.test.ts cover more.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useServedSite } from '../support/served';
import { ladderHandbookSite } from '../support/sites';

const served = useServedSite();
const ladder = useServedSite(ladderHandbookSite);

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pages = [
  '',
  'levels/4/',
  'levels/4/mindset-shift/',
  'levels/4/seek-feedback/',
  'levels/4/rubric/',
  'missing/',
];
/** The fixture ladder's pages with ladder chrome: the ladder and overview, neighbours, compare. */
const ladderPages = [
  '',
  'levels/2/',
  'levels/2/signals-youre-ready-to-level-up/',
  'compare/2/3-ic/',
  'levels/1/rubric/',
];

/** Each violation as one readable line: rule, impact and the first offending element. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.nodes[0]?.target.join(' ') ?? ''}`,
  );
}

describe.each(['light', 'dark'] as const)('accessibility in %s mode', (colorScheme) => {
  it.each([1280, 320])('finds no WCAG 2.2 AA violation at %i px on any page', async (width) => {
    const context = await served.browser.newContext({ viewport: { width, height: 800 }, colorScheme });
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(served.site.url + path);
      expect(await violations(page), path || '/').toEqual([]);
    }
    for (const path of ladderPages) {
      await page.goto(ladder.site.url + path);
      expect(await violations(page), `fixture ladder: ${path || '/'}`).toEqual([]);
    }
    await context.close();
  });

  it('finds none with search results open', async () => {
    const context = await served.browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(served.site.url);
    await page.locator('#home-search-input').fill('product');
    await page.locator('#home-search-results a').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  it("finds none on the search page: results, filters, and a miss's suggestions", async () => {
    const context = await served.browser.newContext({ colorScheme, viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    for (const [site, query] of [
      [served.site.url, 'delegate'],
      [served.site.url, 'xylophone'],
      [ladder.site.url, 'widgets'],
    ] as const) {
      await page.goto(`${site}search/?q=${query}`);
      await expect.poll(() => page.locator('[data-search-summary]').textContent()).toContain(query);
      expect(await violations(page), `${site} ${query}`).toEqual([]);
    }
    await context.close();
  });
});
