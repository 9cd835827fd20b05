/**
 * Paper, as Chromium prints it on Letter and A4, read back with poppler: the Level 4 rubric carries the
 * blanks a meeting fills in by hand (name, assessor, date, outcome) and, on every page, the level's
 * title and "Page n of N" in its margins; the Level 4 page fits two sheets and shows beside each item
 * the reference the rubric gives it ("KB-2"), so a reference said aloud can be found. The page counts
 * are logged. PDFs are left in tests/.output/paper/.
 */
import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ui } from '../../src/client/ui-words';
import { levelById } from '../../src/site/navigation';
import { rubricOf, rubricRows } from '../../src/site/rubric';
import { readModel } from '../support/content';
import { normalize } from '../support/html';
import { pageCount, pageTexts } from '../support/pdf';
import { useServedSite } from '../support/served';
import { level4HandbookSite, output } from '../support/sites';

const served = useServedSite(level4HandbookSite);
const folder = `${output}/paper`;
beforeAll(() => mkdirSync(folder, { recursive: true }));

const handbook = readModel(level4HandbookSite.root);
const level = levelById(handbook, '4');
const groups = rubricOf(handbook, level);
const rows = rubricRows(groups);
const firstCriterion = groups[0]?.criteria[0]?.rows[0];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function print(path: string, format: 'Letter' | 'A4'): Promise<string> {
  const page = await served.browser.newPage();
  await page.goto(served.site.url + path);
  const file = `${folder}/${path.replace(/\//g, '-').replace(/-$/, '')}-${format}.pdf`;
  await page.pdf({ path: file, format });
  await page.close();
  return file;
}

describe.each(['Letter', 'A4'] as const)('on %s', (format) => {
  it('the rubric has blanks for the name, assessor, date and outcome at the top of its first page', async () => {
    const [first] = pageTexts(await print('levels/4/rubric/', format));
    const { name, assessor, date, outcome } = ui.paper;
    expect(first).toContain(`${name} ${assessor} ${date} ${outcome}`);
    // At the top: before the first criterion.
    expect(first?.indexOf(outcome)).toBeLessThan(first?.indexOf(`${firstCriterion?.ref ?? '?'} `) ?? -1);
  });

  it("the rubric carries the level's title and its page number of the whole on every page", async () => {
    const pdf = await print('levels/4/rubric/', format);
    const pages = pageTexts(pdf);
    console.log(`Level 4 rubric on ${format}: ${pages.length} pages`);
    expect(pages.length).toBe(pageCount(pdf));
    expect(pages.length).toBeGreaterThan(1);
    const title = `${ui.rubric.title(level.title)}: ${level.role}`;
    pages.forEach((text, index) => {
      expect(text, `page ${index + 1}`).toContain(title);
      expect(text, `page ${index + 1}`).toContain(`Page ${index + 1} of ${pages.length}`);
    });
  });

  it('the level page fits two sheets, each item with its rubric reference beside it', async () => {
    const pdf = await print('levels/4/', format);
    const pages = pageTexts(pdf);
    console.log(`Level 4 page on ${format}: ${pages.length} pages`);
    expect(pageCount(pdf)).toBeLessThanOrEqual(2);
    expect(
      pages.every((text) => text.length > 200),
      'no blank page',
    ).toBe(true);
    const all = pages.join(' ');
    expect(rows.length).toBeGreaterThan(20);
    expect(firstCriterion?.ref).toBe('KB-1');
    for (const { ref, item } of rows)
      expect(all, ref).toMatch(new RegExp(`${escape(ref)} "?${escape(normalize(item.text.plain))}`));
  });
});

it('gives every evidence and reflection box of the printed rubric room for a few written lines', async () => {
  const page = await served.browser.newPage();
  await page.goto(`${served.site.url}levels/4/rubric/`);
  await page.emulateMedia({ media: 'print' });
  const heights = await page
    .locator('[data-worksheet-notes]')
    .evaluateAll((boxes) => boxes.map((box) => box.getBoundingClientRect().height));
  await page.close();
  expect(heights.length).toBe(rows.length - (groups[0]?.focus.length ?? 0) + 1); // and the mindset shift's
  const mm = 96 / 25.4;
  for (const height of heights) expect(height).toBeGreaterThanOrEqual(10 * mm - 0.5);
});
