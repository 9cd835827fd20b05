/**
 * Content tests in Chromium: axe-core's WCAG 2.2 A and AA checks on every page `content/` builds to
 * (under /handbook/), light at 1280 px and dark at 320 px, one test per page and scheme, so a failure
 * names its page. Redirect pages (a level's former address) are left out: they are the page they lead
 * to. The product tests check the fixtures' pages, search results and ladder chrome
 * (tests/browser/accessibility.test.ts).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeSchemes, violations } from '../support/checks/axe';
import { readPages } from '../support/html';
import { useServedSite } from '../support/served';
import { contentHandbookSite } from '../support/sites';

const served = useServedSite(contentHandbookSite);
const pages = readPages(contentHandbookSite)
  .filter((built) => !built.document.querySelector('body[data-moved-to]'))
  .map((built) => ({ path: built.path, name: `/${built.path}` }));

it('has every page of content/ to check', () => {
  expect(pages.map(({ name }) => name)).toEqual(expect.arrayContaining(['/', '/search/', '/404.html']));
  expect(pages.length).toBeGreaterThan(3);
});

// One page per colour scheme, shared by its tests in turn (tests/browser/accessibility.test.ts says why).
describe.each(axeSchemes)(
  'accessibility of content/ in $colorScheme mode at $width px',
  ({ colorScheme, width }) => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await served.browser.newContext({ viewport: { width, height: 800 }, colorScheme });
      page = await context.newPage();
    });
    afterAll(() => context.close());

    it.each(pages)('finds no WCAG 2.2 AA violation on $name', async ({ path }) => {
      await page.goto(served.site.url + path);
      expect(await violations(page)).toEqual([]);
    });
  },
);
