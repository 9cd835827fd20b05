/**
 * The pages as readers see them, in Chromium: no sideways scrolling from 320 px wide, in light and
 * dark. Screenshots land in tests/.output/screenshots/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useServedSite } from '../support/served';
import { ladderHandbookSite, repoRoot } from '../support/sites';

const served = useServedSite();
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

beforeAll(() => mkdirSync(shots, { recursive: true }));

describe.each(schemes)('in %s mode', (colorScheme) => {
  it.each(viewports)('fits $width px without sideways scrolling, on every page', async (viewport) => {
    const context = await served.browser.newContext({ viewport, colorScheme });
    const page = await context.newPage();
    for (const { name, path, ladder: fixture } of pages) {
      await page.goto((fixture ? ladder : served).site.url + path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${name} at ${viewport.width}px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${shots}/${name}-${viewport.name}-${colorScheme}.png`, fullPage: true });
    }
    await context.close();
  });
});
