/**
 * The home page's overview of levels × competencies, at the width of a laptop and of a phone, on two
 * frameworks as wide as a real competency matrix, each built under `/handbook/`
 * (tests/support/own-builds.ts): a generated one (8 levels forking into two tracks, 10 competencies
 * with long names: tests/support/wide-handbook.ts) and the committed fixture matrix (8 levels, 9
 * competencies: tests/fixtures/matrix/). The page never scrolls sideways, and every level's and
 * competency's name in the overview can be seen whole when scrolled to, in light and dark, with
 * JavaScript and without; it reads as headings and lists, its links land on the level's competency,
 * and axe finds nothing, on the home page, a level page and a compare page across tracks. With
 * `HANDBOOK_SCREENSHOTS=1` those three pages are photographed at both widths into
 * tests/.output/screenshots/ (`wide-*`, `matrix-*`).
 */
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handbook } from '../../src/pipeline/model/model';
import { ui } from '../../src/client/ui-words';
import { acrossTracks } from '../../src/site/compare';
import { overviewCell } from '../../src/site/overview';
import { sharedBrowser } from '../support/browser';
import { readModel } from '../support/content';
import { buildMatrixHandbook, buildWideHandbook } from '../support/own-builds';
import { serve, type RunningSite } from '../support/serve';
import { repoRoot } from '../support/sites';

const shots = `${repoRoot}tests/.output/screenshots`;
const screenshots = process.env['HANDBOOK_SCREENSHOTS'] === '1';
const wide = { name: '1280', width: 1280, height: 800 };
const narrow = { name: '360', width: 360, height: 740 };
const viewports = [wide, narrow];
const schemes = ['light', 'dark'] as const;
const overviewName = 'Each level, competency by competency';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedBrowser();
  if (screenshots) mkdirSync(shots, { recursive: true });
});

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

const frameworks = [
  { name: 'the wide fixture', prefix: 'wide', build: buildWideHandbook },
  { name: 'the fixture matrix', prefix: 'matrix', build: buildMatrixHandbook },
];

describe.each(frameworks)('the overview of $name', ({ prefix, build }) => {
  let site: RunningSite;
  let handbook: Handbook;
  beforeAll(async () => {
    const built = await build();
    handbook = readModel(built.root);
    site = await serve(built);
  }, 300_000);
  afterAll(() => site.close());

  describe.each([
    { javaScript: true, label: 'with JavaScript' },
    { javaScript: false, label: 'without JavaScript' },
  ])('$label', ({ javaScript }) => {
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
        const names = handbook.competencies.map(({ title }) => title);
        expect(names.length).toBeGreaterThanOrEqual(9);
        expect(handbook.levels.length).toBeGreaterThanOrEqual(8);
        expect(await overviewCards(page)).toEqual(
          handbook.levels.map((level) => ({ heading: `H4 ${level.title}`, cells: names })),
        );
        expect(await hiddenNames(page)).toEqual([]);
        if (screenshots && javaScript)
          await page.screenshot({
            path: `${shots}/${prefix}-home-${viewport.name}-${colorScheme}.png`,
            fullPage: true,
          });
      },
    );
  });

  it("names each cell whole for screen readers, links it to that competency on the level's page under the base path, and says where a level is silent", async () => {
    const context = await browser.newContext({ viewport: narrow });
    const page = await context.newPage();
    try {
      await page.goto(site.url);
      const overview = page.getByRole('region', { name: overviewName });
      const cells = handbook.levels.flatMap((level) =>
        handbook.competencies.map((competency) => ({
          level,
          competency,
          cell: overviewCell(level, competency.id),
        })),
      );
      expect(await overview.locator('li.cell').count()).toBe(cells.length);
      expect(await overview.locator('li.cell:not(:has(a)) .words').allTextContents()).toEqual(
        cells.filter(({ cell }) => !cell).map(() => ui.home.notDescribed),
      );

      // A cell of the last level (on a track), in the last competency it describes.
      const chosen = cells.filter(({ level, cell }) => cell && level === handbook.levels.at(-1)).at(-1);
      if (!chosen?.cell) throw new Error('the last level describes no competency');
      const link = overview.getByRole('link', {
        name: ui.home.overviewCell(
          chosen.level.title,
          chosen.competency.title,
          chosen.cell.words.join(' · '),
        ),
        exact: true,
      });
      const href = `/handbook${chosen.cell.url}`;
      expect(await link.getAttribute('href')).toBe(href);
      await link.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(`**${href}`);
      await expect
        .poll(() => page.evaluate(() => document.querySelector(':target h2')?.textContent))
        .toContain(chosen.competency.title);
    } finally {
      await context.close();
    }
  });

  it.each(schemes)('finds no WCAG 2.2 AA violation on the home page in %s mode', async (colorScheme) => {
    const context = await browser.newContext({ viewport: narrow, colorScheme });
    const page = await context.newPage();
    try {
      await page.goto(site.url);
      expect(await violations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  /** A level on a track, and the page comparing the last two levels of one rank. */
  const beyond = {
    level: () => handbook.comparisons.filter(acrossTracks).at(-1)?.from.url ?? '',
    'compare-tracks': () => handbook.comparisons.filter(acrossTracks).at(-1)?.url ?? '',
  };
  // Light wide and dark narrow, as the accessibility test checks every page.
  const views = [
    { viewport: wide, colorScheme: 'light' as const },
    { viewport: narrow, colorScheme: 'dark' as const },
  ];
  it.each(
    (['level', 'compare-tracks'] as const).flatMap((shown) => views.map((view) => ({ shown, ...view }))),
  )(
    'fits a $shown page at $viewport.width px in $colorScheme mode without sideways scrolling, and axe finds nothing',
    async ({ shown, viewport, colorScheme }) => {
      const path = beyond[shown]().replace(/^\//, '');
      expect(path).toMatch(/^(levels|compare)\//);
      // Its own context, as axe asks.
      const context = await browser.newContext({ viewport, colorScheme });
      const page = await context.newPage();
      try {
        await page.goto(site.url + path);
        expect(await scrollsSideways(page)).toBe(false);
        expect(await violations(page)).toEqual([]);
        if (screenshots)
          await page.screenshot({
            path: `${shots}/${prefix}-${shown}-${viewport.name}-${colorScheme}.png`,
            fullPage: true,
          });
      } finally {
        await context.close();
      }
    },
  );
});
