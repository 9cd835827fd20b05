/**
 * The case's files and paper, in Chromium on the Level 4 fixture under /handbook/: importing a case
 * over notes already here asks first and can be undone; a multi-line note survives the printed case
 * (Letter) as separate lines; the case page at 360 px reads full width.
 */
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newCase, serialiseCase, withCaseEntry, withPick } from '../../src/client/case';
import { pageCount, pageTexts } from '../support/pdf';
import { useServedSite } from '../support/served';
import { level4HandbookSite, output } from '../support/sites';

const served = useServedSite(level4HandbookSite);
const folder = `${output}/case-files`;
beforeAll(() => mkdirSync(folder, { recursive: true }));

let context: BrowserContext;
let page: Page;
beforeEach(async () => {
  context = await served.browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
});
afterEach(async () => {
  await context.close();
});

const status = () => page.locator('[data-case-status]').textContent();
const notes = (key: string) => page.locator(`.case-item[data-key="${key}"] textarea`);

/** The keys of the first three key behaviors, read from the level page. */
async function keys(): Promise<string[]> {
  await page.goto(`${served.site.url}levels/4/`);
  return page.evaluate(() =>
    [...document.querySelectorAll('#key-behaviors li[id]')].slice(0, 3).map((item) => item.id),
  );
}

async function openWith(picked: string[]): Promise<void> {
  for (const key of picked) {
    const button = page.locator(`[id="${key}"] [data-pick]`);
    await button.click();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
  }
  await page.goto(`${served.site.url}case/`);
  await page.locator('[data-case-ready]').waitFor({ state: 'attached' });
}

describe('importing a case over notes already here', () => {
  it('asks first, merges keeping every note here, and the import can be undone after a reload', async () => {
    const [a = '', b = '', c = ''] = await keys();
    await openWith([a, b]);
    await notes(a).fill('Mine on a.');
    await notes(b).fill('Mine on b.');
    await expect.poll(status).toBe('Saved in this browser');
    let theirs = newCase({ id: 'other', name: 'Theirs', date: '2026-11-30' });
    theirs = withCaseEntry(withPick(theirs, '4', b, true), '4', b, {
      notes: 'Theirs on b.',
      seen: undefined,
    });
    theirs = withCaseEntry(withPick(theirs, '4', c, true), '4', c, {
      notes: 'Theirs on c.',
      seen: undefined,
    });
    await page.locator('[data-case-import]').setInputFiles({
      name: 'theirs.json',
      mimeType: 'application/json',
      buffer: Buffer.from(serialiseCase(theirs)),
    });
    const choice = page.locator('[data-case-import-choice]');
    await expect.poll(() => choice.isVisible()).toBe(true);
    expect(await choice.locator('[data-case-import-summary]').textContent()).toContain(
      'notes for 1 item you have none for, and different notes for 1 item',
    );
    expect(await notes(b).inputValue()).toBe('Mine on b.');
    await page.locator('[data-case-merge]').click();
    await expect.poll(status).toBe('Notes merged');
    expect(await notes(a).inputValue()).toBe('Mine on a.');
    expect(await notes(b).inputValue()).toBe('Mine on b.');
    expect(await notes(c).inputValue()).toBe('Theirs on c.');
    await page.reload();
    await page.locator('[data-case-undo]').click();
    await expect.poll(() => page.locator(`.case-item[data-key="${c}"]`).count()).toBe(0);
    expect(await notes(b).inputValue()).toBe('Mine on b.');
  });

  it('reports a file that is not a case, and changes nothing', async () => {
    const [a = ''] = await keys();
    await openWith([a]);
    await notes(a).fill('Mine.');
    await page.locator('[data-case-import]').setInputFiles({
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"something-else"}'),
    });
    await expect
      .poll(() => page.locator('[data-case-problem]').textContent())
      .toBe(
        'That file could not be imported: it is not a handbook case or worksheet. Your notes are unchanged.',
      );
    expect(await notes(a).inputValue()).toBe('Mine.');
  });
});

describe('the case on paper and on a phone', () => {
  it('prints who it is for, each citation and every line of a note, without its tools', async () => {
    const [a = '', b = ''] = await keys();
    await openWith([a, b]);
    await page.locator('[data-case-field="person"]').fill('Ada Lovelace');
    await notes(a).fill('Led the roadmap review.\nWrote the strategy memo.');
    await expect.poll(status).toBe('Saved in this browser');
    const file = `${folder}/case-Letter.pdf`;
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: file, format: 'Letter' });
    const text = pageTexts(file).join(' ');
    console.log(`the case page with 2 items prints on ${pageCount(file)} Letter page(s)`);
    expect(text).toContain('Name: Ada Lovelace');
    expect(text).toContain('Led the roadmap review.');
    expect(text).toContain('Wrote the strategy memo.');
    expect(text).not.toContain('Copy as rich text');
    expect(text).not.toContain('Copy share link');
  });

  it('reads full width at 360 px with every field labelled in sight', async () => {
    const [a = ''] = await keys();
    await openWith([a]);
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    const box = await notes(a).boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(360 * 0.8);
  });
});
