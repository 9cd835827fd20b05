/**
 * What a framework declares, as a reader meets it, on the fixture competency matrix built under
 * /handbook/ (tests/fixtures/matrix/, tests/support/own-builds.ts): its one kind of section is not
 * repeated under every competency; an item's sub-points are a numbered list inside it and its
 * proficiency sits beside its words; Copy citation carries the sub-points one per line and the value
 * as context; the rubric marks items on the framework's scale; search filters by it.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { allItems, type Handbook, type Item } from '../../src/pipeline/model/model';
import { sharedBrowser } from '../support/browser';
import { readModel } from '../support/content';
import { buildMatrixHandbook, matrixFixture } from '../support/own-builds';
import { serve, type RunningSite } from '../support/serve';

let browser: Browser;
let site: RunningSite;
let handbook: Handbook;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  const built = await buildMatrixHandbook();
  [browser, site] = await Promise.all([sharedBrowser(), serve(built)]);
  handbook = readModel(matrixFixture);
}, 300_000);
afterAll(async () => {
  await site.close();
});
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  page = await context.newPage();
});
afterEach(async () => {
  await context.close();
});

/** The first item with sub-points, and the path of its level page under the base. */
function itemWithPoints(): Item {
  const item = allItems(handbook).find((candidate) => candidate.subpoints.length > 0);
  if (!item) throw new Error('the fixture matrix has no item with sub-points');
  return item;
}
const under = (url: string) => `${site.url}${url.replace(/^\//, '')}`;

describe('a level of the fixture matrix', () => {
  it("names each competency once, with no heading of the framework's one kind under it", async () => {
    const level = handbook.levels[0];
    if (!level) throw new Error('no level');
    await page.goto(under(level.url));
    const title = handbook.sectionKinds[0]?.title ?? '';
    expect(await page.locator('.sections h3', { hasText: title }).count()).toBe(0);
    expect(await page.locator('.sections h2').allTextContents()).toHaveLength(handbook.competencies.length);
    expect(await page.locator('nav.toc a').count()).toBe(handbook.competencies.length);
  });

  it("shows an item's sub-points as a numbered list inside it and its proficiency beside its words", async () => {
    const item = itemWithPoints();
    await page.goto(under(item.url));
    const element = page.locator(`[id="${item.id}"]`);
    expect(await element.locator('.subpoints > li').allTextContents()).toEqual(
      item.subpoints.map((point) => point.plain),
    );
    expect(await element.locator('.subpoints').evaluate((list) => getComputedStyle(list).listStyleType)).toBe(
      'decimal',
    );
    const [attribute] = item.attributes;
    expect(await element.locator('.attribute').textContent()).toBe(
      `${attribute?.title}: ${attribute?.value}`,
    );
    expect(await element.locator('[data-cite-words]').textContent()).toBe(item.text.plain);
  });

  it('copies a citation with the sub-points one per line, and the proficiency as context', async () => {
    const item = itemWithPoints();
    await page.goto(under(item.url));
    const button = page.locator(`[id="${item.id}"] > .words button[data-cite]`);
    await button.click();
    await expect.poll(() => button.getAttribute('data-copied')).toBe('');
    const copied = await page.evaluate(async () => {
      const [entry] = await navigator.clipboard.read();
      const read = async (type: string) => (await (await entry?.getType(type))?.text()) ?? '';
      return { plain: await read('text/plain'), html: await read('text/html') };
    });
    const [attribute] = item.attributes;
    expect(copied.plain.split('\n')).toEqual([
      `“${item.text.plain}” (${item.context} · ${attribute?.title}: ${attribute?.value}) ${under(item.url)}`,
      ...item.subpoints.map((point, index) => `${index + 1}. ${point.plain}`),
    ]);
    expect(copied.html).toContain(`<ol><li>${item.subpoints[0]?.plain}</li>`);
  });
});

describe('the rubric of a level of the fixture matrix', () => {
  it("marks every criterion on the framework's scale, headed by its title", async () => {
    const level = handbook.levels[2];
    const scale = handbook.rubricScale;
    if (!level || !scale) throw new Error('no level or rubric scale');
    await page.goto(under(level.rubricUrl));
    expect(await page.locator('thead th.seen').first().textContent()).toContain(scale.title);
    const row = page.locator('[data-worksheet-row]').first();
    expect(
      await row
        .locator('input[data-worksheet-seen]')
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value)),
    ).toEqual(scale.values);
    const last = scale.values.at(-1) ?? '';
    await row.locator(`input[value="${last}"]`).check();
    // Saved in this browser: the mark is there again after a reload, once the worksheet has read it.
    await expect
      .poll(() =>
        page.evaluate(() => Object.keys(localStorage).some((key) => key.startsWith('handbook-cases:'))),
      )
      .toBe(true);
    await page.reload();
    await expect
      .poll(() => page.locator('[data-worksheet-row]').first().locator(`input[value="${last}"]`).isChecked())
      .toBe(true);
  });
});

describe('search on the fixture matrix', () => {
  it('keeps only the items of the chosen value of a scale it filters by', async () => {
    const scale = handbook.scales.find((candidate) => candidate.searchFilter);
    if (!scale) throw new Error('no scale to filter by');
    const value = scale.values.at(-1) ?? '';
    const expected = new Set(
      allItems(handbook)
        .filter((item) => item.attributes.some((attribute) => attribute.value === value))
        .map((item) => under(item.url)),
    );
    await page.goto(`${site.url}search/?q=fixture`);
    const links = page.locator('[data-search-list] a');
    await expect.poll(() => links.count()).toBeGreaterThan(0);
    await page.locator(`select[data-search-scale="${scale.id}"]`).selectOption(value);
    await expect
      .poll(async () =>
        (await links.evaluateAll((found) => found.map((link) => (link as HTMLAnchorElement).href))).every(
          (href) => expected.has(href),
        ),
      )
      .toBe(true);
    expect(await links.count()).toBeGreaterThan(0);
  });
});
