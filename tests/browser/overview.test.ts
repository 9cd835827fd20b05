/**
 * The home page's overview of levels × competencies, at the width of a laptop and of a phone, on a
 * generated fixture as wide as a real competency matrix (8 levels forking into two tracks, 10
 * competencies: tests/support/wide-handbook.ts), built under `/handbook/`. The page never scrolls
 * sideways, and every level's and competency's name in the overview can be seen whole when scrolled
 * to, in light and dark, with JavaScript and without; it reads as headings and lists, its links land on
 * the level's competency, and axe finds nothing. With `HANDBOOK_SCREENSHOTS=1` the home page, a level
 * page and a compare page across tracks are photographed at both widths into tests/.output/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedBrowser } from '../support/browser';
import { serve, type RunningSite } from '../support/serve';
import { repoRoot } from '../support/sites';
import { buildWideHandbook, describes, wideCompetencies, wideLevels } from '../support/wide-handbook';

const shots = `${repoRoot}tests/.output/screenshots`;
const screenshots = process.env['HANDBOOK_SCREENSHOTS'] === '1';
const wide = { name: '1280', width: 1280, height: 800 };
const narrow = { name: '360', width: 360, height: 740 };
const viewports = [wide, narrow];
const schemes = ['light', 'dark'] as const;
const overviewName = 'Each level, competency by competency';

let browser: Browser;
let site: RunningSite;
beforeAll(async () => {
  const built = await buildWideHandbook();
  [browser, site] = await Promise.all([sharedBrowser(), serve(built)]);
  if (screenshots) mkdirSync(shots, { recursive: true });
}, 300_000);
afterAll(() => site.close());

/** Each WCAG 2.2 A and AA violation axe finds on the page, as one line: rule and first element. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ') ?? ''}`,
  );
}

/** Whether the page scrolls sideways: its scrolling element is wider than the window. */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) > window.innerWidth);

/**
 * Each level title and competency name of the overview that cannot be seen whole once scrolled to:
 * outside the window, cut off by its box, or covered (by the sticky header, say). Empty when all can.
 */
const hiddenNames = (page: Page) =>
  page.evaluate(() => {
    const names = document.querySelectorAll<HTMLElement>('.overview .level-title a, .overview .competency');
    const hidden: string[] = [];
    for (const name of names) {
      name.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
      const box = name.getBoundingClientRect();
      const inWindow =
        box.width > 0 &&
        box.height > 0 &&
        box.left >= 0 &&
        box.top >= 0 &&
        box.right <= window.innerWidth &&
        box.bottom <= window.innerHeight;
      const uncut = name.scrollWidth <= name.clientWidth + 1 || getComputedStyle(name).display === 'inline';
      const atCentre = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      const uncovered = atCentre !== null && (name === atCentre || name.contains(atCentre));
      if (!inWindow || !uncut || !uncovered) hidden.push((name.textContent ?? '').trim());
    }
    window.scrollTo(0, 0);
    return hidden;
  });

/**
 * The overview as a sighted reader meets it: each level's heading (its tag and title) and the names its
 * cells show, without the words only screen readers hear (`.sr-only`).
 */
const overviewCards = (page: Page) =>
  page.getByRole('region', { name: overviewName }).evaluate((region) => {
    const shown = (element: Element | null) =>
      [...(element?.childNodes ?? [])]
        .filter((node) => !(node instanceof Element && node.classList.contains('sr-only')))
        .map((node) => node.textContent ?? '')
        .join('')
        .trim();
    return [...region.querySelectorAll('li.level')].map((level) => ({
      heading: `${level.querySelector('h4')?.tagName ?? ''} ${shown(level.querySelector('h4 a'))}`,
      cells: [...level.querySelectorAll(':scope > ul > li .competency')].map(shown),
    }));
  });

describe.each([
  { javaScript: true, label: 'with JavaScript' },
  { javaScript: false, label: 'without JavaScript' },
])('the overview of a wide framework, $label', ({ javaScript }) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ javaScriptEnabled: javaScript });
    page = await context.newPage();
    await page.goto(site.url);
  });
  afterAll(() => context.close());

  it.each(schemes.flatMap((colorScheme) => viewports.map((viewport) => ({ colorScheme, viewport }))))(
    'shows every level and competency at $viewport.width px in $colorScheme mode, without sideways scrolling',
    async ({ colorScheme, viewport }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize(viewport);
      expect(await scrollsSideways(page)).toBe(false);
      const names = wideCompetencies.map(({ title }) => title);
      expect(await overviewCards(page)).toEqual(
        wideLevels.map((level) => ({ heading: `H4 ${level.title}`, cells: names })),
      );
      expect(await hiddenNames(page)).toEqual([]);
      if (screenshots && javaScript)
        await page.screenshot({
          path: `${shots}/wide-home-${viewport.name}-${colorScheme}.png`,
          fullPage: true,
        });
    },
  );
});

describe('the overview of a wide framework, read by its structure', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: narrow });
    page = await context.newPage();
  });
  afterAll(() => context.close());

  it("links each cell to that competency on the level's page, under the base path, and says where a level is silent", async () => {
    await page.goto(site.url);
    const overview = page.getByRole('region', { name: overviewName });
    expect(await overview.locator('li.cell').count()).toBe(wideLevels.length * wideCompetencies.length);
    const silent = wideLevels.flatMap((level) =>
      wideCompetencies.filter((_, index) => !describes(level, index)).map(() => level),
    );
    expect(await overview.locator('li.cell:not(:has(a)) .words').allTextContents()).toEqual(
      silent.map(() => 'Not described at this level'),
    );

    // One name, whole, for screen readers: level, competency, then what the cell says.
    const link = overview.getByRole('link', {
      name: 'Fixture Level 5 (Manager), Fixture System Design and Architecture: 2 items',
      exact: true,
    });
    expect(await link.getAttribute('href')).toBe('/handbook/levels/fixture-5-manager/#fixture-design');
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/handbook/levels/fixture-5-manager/#fixture-design');
    await expect
      .poll(() => page.evaluate(() => document.querySelector(':target')?.querySelector('h2')?.textContent))
      .toContain('Fixture System Design and Architecture');
  });

  it.each(schemes)('finds no WCAG 2.2 AA violation on the home page in %s mode', async (colorScheme) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(site.url);
    expect(await violations(page)).toEqual([]);
  });
});

describe('the wide framework beyond its home page', () => {
  const pages = [
    { name: 'wide-level', path: 'levels/fixture-5-ic/' },
    { name: 'wide-compare-tracks', path: 'compare/fixture-6-ic/fixture-6-manager/' },
  ];
  // Light wide and dark narrow, as the accessibility test checks every page.
  const views = [
    { viewport: wide, colorScheme: 'light' as const },
    { viewport: narrow, colorScheme: 'dark' as const },
  ];
  it.each(pages.flatMap((shown) => views.map((view) => ({ ...shown, ...view }))))(
    'fits $path at $viewport.width px in $colorScheme mode without sideways scrolling, and axe finds nothing',
    async ({ name, path, viewport, colorScheme }) => {
      // Its own context, as axe asks.
      const context = await browser.newContext({ viewport, colorScheme });
      const page = await context.newPage();
      try {
        await page.goto(site.url + path);
        expect(await scrollsSideways(page)).toBe(false);
        expect(await violations(page)).toEqual([]);
        if (screenshots)
          await page.screenshot({
            path: `${shots}/${name}-${viewport.name}-${colorScheme}.png`,
            fullPage: true,
          });
      } finally {
        await context.close();
      }
    },
  );
});
