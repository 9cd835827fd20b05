/**
 * The rubric on a phone, at 360 and 320 CSS pixels: nothing wider than the screen, each row a card
 * whose words take the full width (not a 38 % column), and every field, once the column headings are
 * gone, named for a screen reader and labelled in sight: the evidence box by its `<label>`, each point
 * of the scale by its own and the scale by its legend, each reflection box by its `<label>`.
 */
import { describe, expect, it } from 'vitest';
import { useServedSite } from '../support/served';
import { ladderHandbookSite, level4HandbookSite } from '../support/sites';

const level4 = useServedSite(level4HandbookSite);
const ladder = useServedSite(ladderHandbookSite);

interface Field {
  kind: string;
  name: string;
  /** The visible label's words, or '' when none is in sight. */
  shown: string;
  /** For a point of a scale: its legend's words in sight, else ''. */
  legend: string;
}

describe.each([
  { served: level4, path: 'levels/4/rubric/', name: 'Level 4' },
  { served: ladder, path: 'levels/1/rubric/', name: 'the ladder fixture, several competencies' },
])('the rubric of $name', ({ served, path }) => {
  describe.each([360, 320])('at %i px', (width) => {
    async function open() {
      const page = await served.browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(served.site.url + path);
      return page;
    }

    it('scrolls only down, its words as wide as the screen', async () => {
      const page = await open();
      const measured = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        inner: innerWidth,
        asks: [...document.querySelectorAll('td.asks')].map((cell) => cell.getBoundingClientRect().width),
        main: document.querySelector('main')?.getBoundingClientRect().width ?? 0,
      }));
      await page.close();
      expect(measured.scroll).toBeLessThanOrEqual(measured.inner);
      expect(measured.asks.length).toBeGreaterThan(0);
      for (const asks of measured.asks) expect(asks).toBeGreaterThan(measured.main * 0.8);
    });

    it('names every field and labels it in sight', async () => {
      const page = await open();
      const fields: Field[] = await page.evaluate(() => {
        const seen = (element: Element | null | undefined): string =>
          element instanceof HTMLElement &&
          element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
          element.getBoundingClientRect().width > 1 &&
          element.getBoundingClientRect().height > 1
            ? (element.textContent ?? '').replace(/\s+/g, ' ').trim()
            : '';
        return [...document.querySelectorAll('main textarea, main input')]
          .filter((field) => field instanceof HTMLElement && field.checkVisibility())
          .map((field) => {
            const input = field as HTMLInputElement | HTMLTextAreaElement;
            const labelled = [...(input.labels ?? [])].map((label) => label.textContent ?? '').join(' ');
            const by = (input.getAttribute('aria-labelledby') ?? '')
              .split(/\s+/)
              .filter(Boolean)
              .map((id) => document.getElementById(id));
            return {
              kind: input.type,
              name: (
                input.getAttribute('aria-label') ??
                (by.map((e) => e?.textContent).join(' ') || labelled)
              )
                .replace(/\s+/g, ' ')
                .trim(),
              shown: [...[...(input.labels ?? [])].map(seen), ...by.map(seen)].filter(Boolean).join(' '),
              legend: seen(input.closest('fieldset')?.querySelector('legend')),
            };
          });
      });
      await page.close();
      expect(fields.filter(({ kind }) => kind === 'textarea').length).toBeGreaterThan(3);
      expect(fields.filter(({ kind }) => kind === 'radio').length).toBeGreaterThan(3);
      for (const field of fields) {
        const said = JSON.stringify(field);
        expect(field.name, said).not.toBe('');
        expect(field.shown, said).not.toBe('');
        // What is seen is what is said first (WCAG 2.5.3), for the boxes whose name says which item.
        if (field.kind === 'textarea') expect(field.name.startsWith(field.shown), said).toBe(true);
        if (field.kind === 'radio') expect(field.legend, said).not.toBe('');
      }
    });
  });
});
