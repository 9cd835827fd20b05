/**
 * Importing notes over notes on the Level 4 rubric, in Chromium under /handbook/: an import that
 * would change or drop a note here asks first (merge keeps every note here; replace takes the file's),
 * a cancelled one changes nothing, and the last import or clear can be undone, after a reload too.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useServedSite } from '../support/served';
import { level4HandbookSite } from '../support/sites';

const served = useServedSite(level4HandbookSite);

let context: BrowserContext;
let page: Page;
beforeEach(async () => {
  context = await served.browser.newContext();
  page = await context.newPage();
  await page.goto(`${served.site.url}levels/4/rubric/`);
});
afterEach(async () => {
  await context.close();
});

const notes = (ref: string) => page.locator(`[data-ref="${ref}"] textarea`);
const status = () => page.locator('[data-worksheet-status]').textContent();
const choice = () => page.locator('[data-worksheet-import-choice]');
const undo = () => page.locator('[data-worksheet-undo]');

/** Writes the reader's own notes on two rows, and waits until they are saved. */
async function writeMine(): Promise<void> {
  await notes('KB-1').fill('Mine on KB-1.');
  await notes('KB-2').fill('Mine on KB-2.');
  await expect.poll(status).toBe('Saved in this browser');
}

/** The keys of two Level 4 rows, read from the page, and a worksheet file with notes on them. */
async function fileWith(entries: Record<string, string>): Promise<Buffer> {
  const keys = await page.evaluate(
    (refs) =>
      Object.fromEntries(
        refs.map((ref) => [
          ref,
          document.querySelector(`[data-ref="${ref}"]`)?.getAttribute('data-key') ?? '',
        ]),
      ),
    Object.keys(entries),
  );
  const file = {
    format: 'handbook-worksheet',
    version: 2,
    level: '4',
    entries: Object.fromEntries(Object.entries(entries).map(([ref, text]) => [keys[ref], { notes: text }])),
  };
  return Buffer.from(JSON.stringify(file));
}

async function importFile(buffer: Buffer): Promise<void> {
  await page
    .locator('[data-worksheet-import]')
    .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer });
}

describe('importing over notes already here', () => {
  it('asks first, says what would change, and a merge keeps every note here', async () => {
    await writeMine();
    await importFile(await fileWith({ 'KB-2': 'Theirs on KB-2.', 'KB-3': 'Theirs on KB-3.' }));
    await expect.poll(() => choice().isVisible()).toBe(true);
    expect(await choice().locator('[data-worksheet-import-summary]').textContent()).toBe(
      'This file has notes for 1 item you have none for, and different notes for 1 item; you have notes for 1 item it has none for. How should it be imported?',
    );
    // Nothing has changed while the reader decides, and the first choice has the focus.
    expect(await notes('KB-2').inputValue()).toBe('Mine on KB-2.');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-worksheet-merge'))).toBe(
      true,
    );
    await page.locator('[data-worksheet-merge]').click();
    await expect.poll(status).toBe('Notes merged');
    expect(await notes('KB-1').inputValue()).toBe('Mine on KB-1.');
    expect(await notes('KB-2').inputValue()).toBe('Mine on KB-2.');
    expect(await notes('KB-3').inputValue()).toBe('Theirs on KB-3.');
    expect(await choice().isVisible()).toBe(false);
  });

  it('replaces only when asked, and the replace can be undone, after a reload too', async () => {
    await writeMine();
    await importFile(await fileWith({ 'KB-3': 'Theirs on KB-3.' }));
    await page.locator('[data-worksheet-replace]').click();
    await expect.poll(status).toBe('Notes imported');
    expect(await notes('KB-1').inputValue()).toBe('');
    expect(await notes('KB-3').inputValue()).toBe('Theirs on KB-3.');
    await page.reload();
    await expect.poll(() => undo().isVisible()).toBe(true);
    expect(await undo().textContent()).toBe('Undo the import');
    await undo().click();
    await expect.poll(status).toBe('Your notes are back as they were');
    expect(await notes('KB-1').inputValue()).toBe('Mine on KB-1.');
    expect(await notes('KB-2').inputValue()).toBe('Mine on KB-2.');
    expect(await notes('KB-3').inputValue()).toBe('');
    expect(await undo().isVisible()).toBe(false);
  });

  it('changes nothing when cancelled', async () => {
    await writeMine();
    await importFile(await fileWith({ 'KB-1': 'Theirs on KB-1.' }));
    await page.locator('[data-worksheet-cancel-import]').click();
    await expect.poll(status).toBe('Nothing imported; your notes are unchanged');
    expect(await notes('KB-1').inputValue()).toBe('Mine on KB-1.');
    expect(await undo().isVisible()).toBe(false);
  });

  it('does not ask when nothing here would change: it adds, and can still be undone', async () => {
    await notes('KB-1').fill('Mine on KB-1.');
    await expect.poll(status).toBe('Saved in this browser');
    await importFile(await fileWith({ 'KB-1': 'Mine on KB-1.', 'KB-3': 'Theirs on KB-3.' }));
    await expect.poll(status).toBe('Notes imported');
    expect(await choice().isVisible()).toBe(false);
    expect(await notes('KB-3').inputValue()).toBe('Theirs on KB-3.');
    expect(await undo().textContent()).toBe('Undo the import');
  });
});

describe('clearing', () => {
  it('can be undone', async () => {
    await writeMine();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('[data-worksheet-clear]').click();
    await expect.poll(status).toBe('Notes cleared');
    expect(await notes('KB-1').inputValue()).toBe('');
    expect(await undo().textContent()).toBe('Undo the clear');
    await undo().click();
    await expect.poll(() => notes('KB-1').inputValue()).toBe('Mine on KB-1.');
    expect(await notes('KB-2').inputValue()).toBe('Mine on KB-2.');
  });
});
