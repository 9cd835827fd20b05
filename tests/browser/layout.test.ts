/**
 * The pages as readers see them, in Chromium: no sideways scrolling from 320 px wide, in light and
 * dark, one test per page, width and scheme. Each page is loaded once, then resized and recoloured,
 * as a reader turning a phone or switching to dark mode does. With `HANDBOOK_SCREENSHOTS=1`, each
 * page is also photographed whole, at each width and in each scheme, into tests/.output/screenshots/
 * for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useServedSite } from '../support/served';
import { ladderHandbookSite, level4HandbookSite, repoRoot } from '../support/sites';

const served = useServedSite(level4HandbookSite);
const ladder = useServedSite(ladderHandbookSite);

const shots = `${repoRoot}tests/.output/screenshots`;
const pages = [
  { name: 'home', path: '' },
  { name: 'level', path: 'levels/4/' },
  { name: 'section', path: 'levels/4/build-these-habits/' },
  { name: 'mindset', path: 'levels/4/mindset-shift/' },
  { name: 'not-found', path: 'no-such-page/' },
  { name: 'rubric', path: 'levels/4/rubric/' },
  { name: 'ladder-home', path: '', ladder: true },
  { name: 'ladder-level', path: 'levels/2/', ladder: true },
  { name: 'ladder-section', path: 'levels/2/key-behaviors/', ladder: true },
  { name: 'ladder-compare', path: 'compare/2/3-ic/', ladder: true },
];
const viewports = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: '360', width: 360, height: 780 },
  { name: '320', width: 320, height: 640 },
];
const schemes = ['light', 'dark'] as const;
const screenshots = process.env['HANDBOOK_SCREENSHOTS'] === '1';

beforeAll(() => {
  if (screenshots) mkdirSync(shots, { recursive: true });
});

/** Every scheme at every width: the page is loaded once, then seen in each. */
const views = schemes.flatMap((colorScheme) => viewports.map((viewport) => ({ colorScheme, viewport })));

describe.each(pages)('the $name page', ({ name, path, ladder: fixture }) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await served.browser.newContext();
    page = await context.newPage();
    await page.goto((fixture ? ladder : served).site.url + path);
  });
  afterAll(async () => {
    await context.close();
  });

  it.each(views)(
    'fits $viewport.width px in $colorScheme mode without sideways scrolling',
    async ({ colorScheme, viewport }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize(viewport);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      if (screenshots)
        await page.screenshot({
          path: `${shots}/${name}-${viewport.name}-${colorScheme}.png`,
          fullPage: true,
        });
    },
  );
});
