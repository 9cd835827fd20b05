/**
 * Automated WCAG 2.2 A and AA checks (axe-core) on every kind of page of the fixtures, in light and
 * dark, wide and narrow, with the search results open too: one test and one axe run per page and
 * colour scheme, so a failure names its page. Light is checked wide and dark narrow: every page is
 * seen at both widths and in both schemes, and every element that shows only wide or only narrow is
 * checked. Automated checks catch a part of what matters; the keyboard and no-JavaScript tests in
 * reading.test.ts cover more. The content tests check every page of `content/` the same way
 * (tests/handbook/accessibility.test.ts).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeSchemes, violations } from '../support/checks/axe';
import { useServedSite } from '../support/served';
import { ladderHandbookSite, level4HandbookSite } from '../support/sites';

const served = useServedSite(level4HandbookSite);
const ladder = useServedSite(ladderHandbookSite);

const pages = [
  '',
  'levels/4/',
  'levels/4/mindset-shift/',
  'levels/4/seek-feedback/',
  'levels/4/rubric/',
  'calibrate/',
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

// One page per colour scheme, shared by its tests in turn: a page that navigates keeps its caches
// and axe's compiled code, which a fresh context per test would pay for again (about twice the time).
describe.each(axeSchemes)('accessibility in $colorScheme mode at $width px', ({ colorScheme, width }) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await served.browser.newContext({ viewport: { width, height: 800 }, colorScheme });
    page = await context.newPage();
  });
  afterAll(() => context.close());

  const cases = [
    ...pages.map((path) => ({ name: path || '/', served, path })),
    ...ladderPages.map((path) => ({ name: `fixture ladder: ${path || '/'}`, served: ladder, path })),
  ];

  it.each(cases)('finds no WCAG 2.2 AA violation on $name', async ({ served: site, path }) => {
    await page.goto(site.site.url + path);
    expect(await violations(page)).toEqual([]);
  });

  it('finds none with search results open', async () => {
    await page.goto(served.site.url);
    await page.locator('#home-search-input').fill('product');
    await page.locator('#home-search-results a').first().waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it.each([
    { name: 'results', site: served, query: 'delegate' },
    { name: "a miss's suggestions", site: served, query: 'xylophone' },
    { name: 'the fixture ladder with filters', site: ladder, query: 'widgets' },
  ])('finds none on the search page: $name', async ({ site, query }) => {
    await page.goto(`${site.site.url}search/?q=${query}`);
    await expect.poll(() => page.locator('[data-search-summary]').textContent()).toContain(query);
    expect(await violations(page)).toEqual([]);
  });
});
