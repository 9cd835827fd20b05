/**
 * Content is data in the browser too: text that mentions markup shows the words, never runs them.
 * The fixture ladder has an item that writes `<script>…</script>` (as code) and an escaped `<img
 * onerror=…>`; on every page that shows it, a reader sees those characters and no script runs.
 */
import { describe, expect, it } from 'vitest';
import { useServedSite } from '../support/served';
import { ladderHandbookSite } from '../support/sites';

const served = useServedSite(ladderHandbookSite);
const words =
  'Fixture behavior, explains why <script>alert(1)</script> and <img src=x onerror=alert(2)> are words here';

describe('markup in content', () => {
  it.each(['levels/3-ic/', 'levels/3-ic/key-behaviors/', 'levels/3-ic/rubric/', 'compare/2/3-ic/'])(
    'shows as words on %s, and nothing from it runs',
    async (path) => {
      const page = await served.browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(served.site.url + path);
      await page.waitForLoadState('networkidle');
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll('main li, main tr')].map((element) =>
          element.textContent.replace(/\s+/g, ' '),
        ),
      );
      expect(
        shown.some((text) => text.includes(words)),
        path,
      ).toBe(true);
      expect(await page.locator('main img, main script').count()).toBe(0);
      expect(dialogs).toEqual([]);
      await page.close();
    },
  );
});
