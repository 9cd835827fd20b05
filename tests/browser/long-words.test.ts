/**
 * No word makes a page wider than the screen: the content check refuses words over 80 characters
 * (src/schemas/limits.ts), and the layout wraps any word anyway. A 5,000-character word is put into an
 * item's text and every heading of built fixture pages (a level, a section, a rubric, a comparison), and at 320 px the page
 * still has no sideways scrolling.
 */
import { describe, expect, it } from 'vitest';
import { useServedSite } from '../support/served';
import { ladderRootSite } from '../support/sites';

const served = useServedSite(ladderRootSite);
const word = 'fixtureword'.repeat(455);

describe('a very long word', () => {
  it.each(['levels/1/', 'levels/1/key-behaviors/', 'levels/1/rubric/', 'compare/1/2/'])(
    'wraps on %s at 320 px',
    async (path) => {
      const page = await served.browser.newPage({ viewport: { width: 320, height: 640 } });
      await page.goto(served.site.url + path);
      const changed = await page.evaluate((long) => {
        const targets = [
          ...document.querySelectorAll('main .item-text'),
          ...document.querySelectorAll('main h1, main h2, main h3'),
          // Table cells of words (the rubric's, a comparison's), not the generated references (KB-1).
          ...document.querySelectorAll('main td:not(.ref), main th:not(.ref)'),
        ];
        for (const target of targets) target.textContent = `fixture ${long} words`;
        return targets.length;
      }, word);
      expect(changed).toBeGreaterThan(2);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      await page.close();
    },
  );
});
