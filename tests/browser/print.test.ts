/**
 * Printing, as Chromium prints: the Level 4 rubric and the Level 4 page, on Letter and on A4. The PDFs
 * are read with poppler: page counts, every item's words on paper, whole on one page, and none of the
 * screen's chrome. They and a PNG of the rubric's first page are left in tests/.output/print/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { allItems } from '../../src/pipeline/model/model';
import { readModel } from '../support/content';
import { pageCount, pagePng, pageTexts } from '../support/pdf';
import { useServedSite } from '../support/served';
import { level4HandbookSite, output } from '../support/sites';
import { normalize } from '../support/html';

const served = useServedSite(level4HandbookSite);
const folder = `${output}/print`;
beforeAll(() => mkdirSync(folder, { recursive: true }));

const items = allItems(readModel(level4HandbookSite.root)).map((item) => normalize(item.text.plain));
const chrome = [
  'Skip to content',
  'Search the handbook',
  'Copy citation',
  'Link to',
  'Previous section',
  'Next section',
  'In this level',
  'on its own page',
  'Export as Markdown',
  'Rubric and worksheet',
  'Handbook ›',
];

async function print(path: string, format: 'Letter' | 'A4'): Promise<string> {
  const page = await served.browser.newPage();
  await page.goto(served.site.url + path);
  const file = `${folder}/${path.replace(/\//g, '-').replace(/-$/, '')}-${format}.pdf`;
  await page.pdf({ path: file, format });
  await page.close();
  return file;
}

describe.each(['Letter', 'A4'] as const)('printed on %s', (format) => {
  it('fits the Level 4 rubric on two pages, every item whole on one page, with room to write', async () => {
    const pdf = await print('levels/4/rubric/', format);
    expect(pageCount(pdf)).toBeLessThanOrEqual(2);
    const pages = pageTexts(pdf);
    for (const item of items)
      expect(
        pages.filter((text) => text.includes(item)),
        item,
      ).toHaveLength(1);
    expect(pages.join(' ')).toContain('It is not a checklist');
    expect(pages.join(' ')).toContain('Not yet seen Sometimes Consistently');
    for (const word of chrome) expect(pages.join(' '), word).not.toContain(word);
    if (format === 'Letter') expect(existsSync(pagePng(pdf, 1))).toBe(true);
  });

  it('prints the Level 4 page without chrome, every item whole, and its address at the end', async () => {
    const pdf = await print('levels/4/', format);
    const pages = pageTexts(pdf);
    console.log(`Level 4 page on ${format}: ${pages.length} pages`);
    for (const item of items)
      expect(
        pages.filter((text) => text.includes(item)),
        item,
      ).toHaveLength(1);
    for (const word of chrome) expect(pages.join(' '), word).not.toContain(word);
    expect(pages.at(-1)).toMatch(/Printed from http:\/\/127\.0\.0\.1:\d+\/handbook\/levels\/4\/(\s|$)/);
  });
});
