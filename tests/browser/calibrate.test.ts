/**
 * Calibration on the Level 4 fixture under /handbook/, in Chromium: three people's case files (and one
 * that is not a case) chosen at once; their names, a row's evidence count and mark spread, a multi-line
 * note as separate paragraphs, the bad file reported by name while the others load, a file removed;
 * printed, the names, the date and the decision field. Without JavaScript the page says it needs it.
 */
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CaseIndex, IndexRow } from '../../src/client/case-index';
import { newCase, serialiseCase, withCaseEntry, withPick, type Case } from '../../src/client/case';
import { violations } from '../support/checks/axe';
import { pageTexts } from '../support/pdf';
import { useServedSite } from '../support/served';
import { level4HandbookSite, output } from '../support/sites';

const served = useServedSite(level4HandbookSite);
const folder = `${output}/print`;

let index: CaseIndex;
let criteria: IndexRow[];
const point = (value: string) => index.scale.points.find((p) => p.value === value)?.label ?? '';

beforeAll(async () => {
  mkdirSync(folder, { recursive: true });
  const response = await fetch(`${served.site.url}case/items.json`);
  index = (await response.json()) as CaseIndex;
  criteria = index.rows.filter((row) => row.level === '4' && row.role === 'criterion');
  expect(criteria.length).toBeGreaterThan(3);
});

let context: BrowserContext;
let page: Page;
beforeEach(async () => {
  context = await served.browser.newContext();
  page = await context.newPage();
});
afterEach(async () => {
  await context.close();
});

const today = () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

function caseFile(
  person: string,
  build: (c: Case) => Case,
): { name: string; mimeType: string; buffer: Buffer } {
  const c = build({ ...newCase({ id: person, name: 'Promotion case', date: '2026-11-30' }), person });
  return {
    name: `${person.toLowerCase().replace(/\W+/g, '-')}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(serialiseCase(c, index.version)),
  };
}

/** Three people's cases: the first criterion marked by all three, two with evidence, one note of two lines. */
function threeCases() {
  const [first, second] = criteria as [IndexRow, IndexRow];
  const entry = (notes: string, seen: string) => ({ notes, seen });
  return [
    caseFile('Fixture Ada', (c) =>
      withCaseEntry(
        c,
        '4',
        first.key,
        entry('Led the fixture launch.\nThen ran its review.', 'consistently'),
      ),
    ),
    caseFile('Fixture Bo', (c) =>
      withPick(
        withCaseEntry(c, '4', first.key, entry('Bo’s fixture evidence.', 'consistently')),
        '4',
        second.key,
        true,
      ),
    ),
    caseFile('Fixture Cy', (c) => withCaseEntry(c, '4', first.key, entry('', 'sometimes'))),
  ];
}

const rowOf = (ref: string) =>
  page.locator('tr', { has: page.getByRole('rowheader', { name: ref, exact: true }) });

async function loadThreeAndABadOne(): Promise<void> {
  await page.goto(`${served.site.url}calibrate/`);
  await page
    .locator('[data-calibrate-files]')
    .setInputFiles([
      ...threeCases(),
      { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ not a case') },
    ]);
  await page.locator('section.level').first().waitFor();
}

describe('calibration with three case files', () => {
  it('shows the three side by side: names, evidence, spread, paragraphs; a bad file is named', async () => {
    await loadThreeAndABadOne();
    const heads = await page.locator('section.level thead th').allTextContents();
    expect(heads).toEqual(['Ref', 'Item', 'Fixture Ada', 'Fixture Bo', 'Fixture Cy', 'Summary']);
    expect(await page.locator('[data-calibrate-problems]').textContent()).toBe(
      'broken.json could not be read: it is not valid JSON.',
    );
    expect(await page.locator('[data-calibrate-status]').textContent()).toBe('3 people loaded');
    expect(await page.locator('section.level h2').allTextContents()).toEqual(['Level 4']);

    const first = criteria[0] as IndexRow;
    const cells = rowOf(first.ref).locator('td');
    // Item, three people, summary.
    expect(await cells.count()).toBe(5);
    expect(await cells.nth(0).locator('a').getAttribute('href')).toBe(first.url);
    expect(await cells.nth(1).locator('p').allTextContents()).toEqual([
      point('consistently'),
      'Led the fixture launch.',
      'Then ran its review.',
    ]);
    expect(await cells.nth(3).locator('p').allTextContents()).toEqual([point('sometimes')]);
    expect(await cells.nth(4).locator('p').allTextContents()).toEqual([
      '2 of 3 with evidence',
      `2 ${point('consistently')} · 1 ${point('sometimes')}`,
    ]);
    // Picked with nothing written, said so; rows no one touched are folded away, counted.
    const second = criteria[1] as IndexRow;
    expect(await rowOf(second.ref).locator('td').nth(2).textContent()).toBe('Picked, no evidence');
    const rows = index.rows.filter((row) => row.level === '4').length;
    expect(await page.locator('details.untouched summary').textContent()).toBe(
      `${rows - 2} items no one picked or wrote about`,
    );
  });

  it('reads files dropped on the drop zone', async () => {
    await page.goto(`${served.site.url}calibrate/`);
    // Dropped once the page's script listens (it loads after the page).
    await page.locator('[data-calibrate-ready]').waitFor({ state: 'attached' });
    const files = threeCases().map(({ name, buffer }) => ({ name, text: buffer.toString('utf8') }));
    await page.locator('[data-calibrate-drop]').evaluate((zone, dropped) => {
      const transfer = new DataTransfer();
      for (const { name, text } of dropped)
        transfer.items.add(new File([text], name, { type: 'application/json' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, files);
    await page.locator('section.level').first().waitFor();
    expect(await page.locator('[data-calibrate-people-list] li span').allTextContents()).toEqual([
      'Fixture Ada',
      'Fixture Bo',
      'Fixture Cy',
    ]);
  });

  it('removes a file, and the others stay', async () => {
    await loadThreeAndABadOne();
    await page.getByRole('button', { name: 'Remove Fixture Bo' }).click();
    expect(await page.locator('section.level thead th').allTextContents()).toEqual([
      'Ref',
      'Item',
      'Fixture Ada',
      'Fixture Cy',
      'Summary',
    ]);
    expect(await page.locator('[data-calibrate-status]').textContent()).toBe('2 people loaded');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Remove Fixture Cy',
    );
  });

  it('prints each level with the names, the date and a decision field, and no tools', async () => {
    await loadThreeAndABadOne();
    const file = `${folder}/calibrate-Letter.pdf`;
    await page.pdf({ path: file, format: 'Letter' });
    const text = pageTexts(file).join(' ');
    expect(text).toContain('People: Fixture Ada, Fixture Bo, Fixture Cy');
    expect(text).toContain(`Date: ${today()}`);
    expect(text).toContain('Decision');
    expect(text).toContain('Notes');
    expect(text).toContain('Then ran its review.');
    for (const tool of ['Choose case files', 'Remove', 'Nothing leaves this browser'])
      expect(text, tool).not.toContain(tool);
  });
});

describe('accessibility with cases loaded', () => {
  it.each([
    { colorScheme: 'light', width: 1280 },
    { colorScheme: 'dark', width: 320 },
  ] as const)(
    'finds no WCAG 2.2 AA violation in $colorScheme mode at $width px',
    async ({ colorScheme, width }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 800 });
      await loadThreeAndABadOne();
      expect(await violations(page)).toEqual([]);
    },
  );
});

describe('without JavaScript', () => {
  it('says calibration needs it and offers the rubrics', async () => {
    const off = await served.browser.newContext({ javaScriptEnabled: false });
    const still = await off.newPage();
    await still.goto(`${served.site.url}calibrate/`);
    expect(await still.locator('.no-script').textContent()).toContain('needs JavaScript');
    expect(await still.locator('[data-calibrate]').isVisible()).toBe(false);
    expect(await still.locator('.no-script a').first().getAttribute('href')).toMatch(
      /^\/handbook\/.+\/rubric\/$/,
    );
    await off.close();
  });
});
