/**
 * Making a case, in Chromium on the Level 4 fixture under /handbook/: picking items while reading (on
 * the level page and a section page), the header's count, the case page's groups, evidence and marks,
 * the rich-text and Markdown exports (multi-line notes kept as paragraphs), files named after the
 * person, the share link opened in a fresh browser, several cases, and one store with the rubric.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useServedSite } from '../support/served';
import { clipboardOf } from '../support/clipboard';
import { level4HandbookSite } from '../support/sites';
import { axeSchemes, violations } from '../support/checks/axe';

const served = useServedSite(level4HandbookSite);

let context: BrowserContext;
let page: Page;
beforeEach(async () => {
  context = await served.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  page = await context.newPage();
});
afterEach(async () => {
  await context.close();
});

const levelPage = () => `${served.site.url}levels/4/`;
const casePage = () => `${served.site.url}case/`;

/** The ids of the first `count` items of a section, in reading order, as the page has them. */
async function itemIds(section: string, count: number): Promise<string[]> {
  return page.evaluate(
    ({ section, count }) =>
      [...document.querySelectorAll(`#${section} li[id]`)].slice(0, count).map((item) => item.id),
    { section, count },
  );
}

const pick = (id: string) => page.locator(`[id="${id}"] [data-pick]`).first();
const headerCount = () => page.locator('[data-case-count]').textContent();
const caseItem = (id: string) => page.locator(`.case-item[data-key="${id}"]`);

async function openCase(): Promise<void> {
  await page.goto(casePage());
  await page.locator('[data-case-ready]').waitFor({ state: 'attached' });
}

/** Picks three items on the level page and two on a section page: five, over two pages. */
async function pickFive(): Promise<string[]> {
  await page.goto(levelPage());
  const behaviors = await itemIds('key-behaviors', 3);
  for (const id of behaviors) await pick(id).click();
  await expect.poll(headerCount).toBe('3');
  await page.goto(`${served.site.url}levels/4/build-these-habits/`);
  const habits = await page.evaluate(() =>
    [...document.querySelectorAll('main li[id]')].slice(0, 2).map((item) => item.id),
  );
  // The header already counts what was picked on the other page.
  await expect.poll(headerCount).toBe('3');
  for (const id of habits) await pick(id).click();
  await expect.poll(headerCount).toBe('5');
  return [...behaviors, ...habits];
}

describe('picking items while reading', () => {
  it('is a labelled toggle that is pressed once picked, announced, and kept across pages', async () => {
    await page.goto(levelPage());
    const [id = ''] = await itemIds('key-behaviors', 1);
    const button = pick(id);
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    expect(await button.getAttribute('aria-label')).toMatch(/^Add to case: /);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('[data-cite-status]').textContent()).toBe('Added to “My case” (1 item)');
    expect(await page.locator('[data-case-link]').getAttribute('aria-label')).toBe('My case: 1 item');
    await page.reload();
    await expect.poll(() => pick(id).getAttribute('aria-pressed')).toBe('true');
    await pick(id).click();
    await expect.poll(() => pick(id).getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('[data-case-count]').isHidden()).toBe(true);
  });

  it('shows five items picked on two pages on the case page, grouped by level and section', async () => {
    const ids = await pickFive();
    await page.locator('[data-case-link]').click();
    await page.locator('[data-case-ready]').waitFor({ state: 'attached' });
    for (const id of ids) expect(await caseItem(id).count()).toBe(1);
    expect(await page.locator('.case-level > h2').allTextContents()).toEqual([
      expect.stringMatching(/^Level 4/),
    ]);
    expect(await page.locator('.case-section > h3').allTextContents()).toEqual([
      'Key Behaviors',
      'Build These Habits',
    ]);
    // Every field is labelled.
    const unlabelled = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          '[data-case-page] textarea, [data-case-page] input, [data-case-page] select',
        ),
      ]
        .filter(
          (field) => (field as HTMLInputElement).labels?.length === 0 && !field.getAttribute('aria-label'),
        )
        .map((field) => field.outerHTML),
    );
    expect(unlabelled).toEqual([]);
  });
});

describe('the case page', () => {
  it('copies a document as rich text: title, headings, linked citations, marks and notes as paragraphs', async () => {
    const ids = await pickFive();
    await openCase();
    await page.locator('[data-case-field="person"]').fill('Ada Lovelace');
    await page.locator('[data-case-field="level"]').selectOption('4');
    await caseItem(ids[0] ?? '')
      .locator('textarea')
      .fill('Led the roadmap review.\nWrote the strategy memo.');
    await caseItem(ids[0] ?? '')
      .locator('input[value="consistently"]')
      .check();
    await page.locator('[data-case-copy-rich]').click();
    await expect.poll(() => page.locator('[data-case-status]').textContent()).toMatch(/^Copied as rich text/);
    const clipboard = await clipboardOf(page);
    const html = clipboard['text/html'] ?? '';
    expect(html).toContain('<h1>Ada Lovelace: promotion case for Level 4</h1>');
    expect(html).toContain('<h2>Level 4');
    expect(html).toContain('<h3>Key Behaviors</h3>');
    expect(html).toContain(`href="${new URL(served.site.url).origin}/handbook/levels/4/?v=`);
    expect(html).toContain(`#${ids[0]}"`);
    expect(html).toContain('<p>Led the roadmap review.</p>\n<p>Wrote the strategy memo.</p>');
    expect(html).toContain('Mark: Consistently');
    expect(html.match(/<a href=/g)?.length).toBe(5);
    // Plain text reads without a renderer: no Markdown, each note line on its own.
    const text = clipboard['text/plain'] ?? '';
    expect(text).toContain('Led the roadmap review.\nWrote the strategy memo.');
    expect(text).not.toMatch(/\]\(/);
  });

  it('keeps multi-line notes as paragraphs in Markdown and JSON, and names files after the person, level and date', async () => {
    const ids = await pickFive();
    await openCase();
    await page.locator('[data-case-field="person"]').fill('Ada Lovelace');
    await page.locator('[data-case-field="level"]').selectOption('4');
    await page.locator('[data-case-field="date"]').fill('2026-11-30');
    await caseItem(ids[1] ?? '')
      .locator('textarea')
      .fill('First line.\nSecond line.');
    const [markdownFile] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-case-download-markdown]').click(),
    ]);
    expect(markdownFile.suggestedFilename()).toBe('ada-lovelace-level-4-2026-11-30.md');
    const markdown = readFileSync(await markdownFile.path(), 'utf8');
    expect(markdown).toContain('# Ada Lovelace: promotion case for Level 4');
    expect(markdown).toContain('First line.\n\nSecond line.');
    const [jsonFile] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-case-export-json]').click(),
    ]);
    expect(jsonFile.suggestedFilename()).toBe('ada-lovelace-level-4-2026-11-30.json');
    const json = JSON.parse(readFileSync(await jsonFile.path(), 'utf8')) as {
      format: string;
      frameworkVersion?: string;
      levels: Record<string, { picked: string[]; entries: Record<string, { notes: string }> }>;
    };
    expect(json.format).toBe('handbook-case');
    expect(json.frameworkVersion).toMatch(/^\d/);
    expect(json.levels['4']?.picked).toEqual(ids);
    expect(json.levels['4']?.entries[ids[1] ?? '']?.notes).toBe('First line.\nSecond line.');
    await page.locator('[data-case-copy-markdown]').click();
    await expect.poll(() => page.locator('[data-case-status]').textContent()).toBe('Copied as Markdown');
    expect((await clipboardOf(page))['text/plain']).toBe(markdown);
  });

  it('shares the selection, not the notes: the link opens it in a fresh browser', async () => {
    const ids = await pickFive();
    await openCase();
    await caseItem(ids[0] ?? '')
      .locator('textarea')
      .fill('A private note.');
    await page.locator('[data-case-share]').click();
    await expect.poll(() => page.locator('[data-case-status]').textContent()).toMatch(/^Share link copied/);
    const link = (await clipboardOf(page))['text/plain'] ?? '';
    expect(link).toContain('/handbook/case/?');
    expect(link).not.toContain('private');
    const other = await served.browser.newContext();
    try {
      const fresh = await other.newPage();
      await fresh.goto(link);
      await fresh.locator('[data-case-ready]').waitFor({ state: 'attached' });
      const shown = await fresh
        .locator('.case-item')
        .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['key']));
      expect(shown.sort()).toEqual([...ids].sort());
      expect(await fresh.locator('.case-item textarea').first().inputValue()).toBe('');
      // The address no longer holds the selection: a reload does not open it again.
      expect(fresh.url()).not.toContain('pick=');
    } finally {
      await other.close();
    }
  });

  it('keeps several named cases: create, rename, switch, and delete after confirming, with undo', async () => {
    await pickFive();
    await openCase();
    await page.locator('[data-case-field="name"]').fill('For Ada');
    await page.locator('[data-case-new]').click();
    await expect.poll(() => page.locator('[data-case-select] option').count()).toBe(2);
    expect(await page.locator('.case-item').count()).toBe(0);
    await page.locator('[data-case-select]').selectOption({ label: 'For Ada' });
    await expect.poll(() => page.locator('.case-item').count()).toBe(5);
    await page.locator('[data-case-delete]').click();
    expect(await page.locator('[data-case-confirm-text]').textContent()).toContain('For Ada');
    await page.locator('[data-case-confirm-cancel]').click();
    expect(await page.locator('[data-case-select] option').count()).toBe(2);
    await page.locator('[data-case-delete]').click();
    await page.locator('[data-case-confirm-delete]').click();
    await expect.poll(() => page.locator('[data-case-select] option').count()).toBe(1);
    await page.reload();
    await page.locator('[data-case-undo]').click();
    await expect.poll(() => page.locator('[data-case-select] option').count()).toBe(2);
  });

  it('is one store with the rubric: a note on either shows on the other', async () => {
    const ids = await pickFive();
    await openCase();
    await caseItem(ids[0] ?? '')
      .locator('textarea')
      .fill('Written on the case page.');
    await page.goto(`${served.site.url}levels/4/rubric/`);
    const row = (id: string) => page.locator(`[data-key="${id}"] textarea`);
    await expect.poll(() => row(ids[0] ?? '').inputValue()).toBe('Written on the case page.');
    // A note on an item not yet in the case puts it there.
    const other = await page.evaluate(
      (taken) =>
        [...document.querySelectorAll('[data-worksheet-row]')]
          .map((element) => element.getAttribute('data-key') ?? '')
          .find((key) => key !== '' && !taken.includes(key)) ?? '',
      ids,
    );
    await row(other).fill('Written on the rubric.');
    await expect
      .poll(() => page.locator('[data-worksheet-status]').textContent())
      .toBe('Saved in this browser');
    await openCase();
    expect(await caseItem(other).locator('textarea').inputValue()).toBe('Written on the rubric.');
  });
});

describe('marks', () => {
  it('can be taken off again, on the rubric and on the case page', async () => {
    const [id = ''] = await pickFive();
    await page.goto(`${served.site.url}levels/4/rubric/`);
    // The worksheet has started (it says which case its notes are): what is marked now is saved.
    const started = () => page.locator('[data-worksheet-case]').waitFor();
    await started();
    const row = page.locator(`[data-key="${id}"]`);
    await row.locator('input[value="sometimes"]').check();
    await row.locator('[data-worksheet-unmark]').check();
    await expect
      .poll(() => page.locator('[data-worksheet-status]').textContent())
      .toBe('Saved in this browser');
    await page.reload();
    await started();
    expect(await row.locator('[data-worksheet-unmark]').isChecked()).toBe(true);
    await row.locator('input[value="consistently"]').check();
    await openCase();
    const item = caseItem(id);
    expect(await item.locator('input[value="consistently"]').isChecked()).toBe(true);
    await item.locator('input[value=""]').check();
    await page.goto(`${served.site.url}levels/4/rubric/`);
    await started();
    expect(await row.locator('[data-worksheet-unmark]').isChecked()).toBe(true);
    expect(await row.locator('input[value="consistently"]').isChecked()).toBe(false);
  });
});

describe('the case page for every reader', () => {
  it.each(axeSchemes)(
    'reads full width without horizontal scroll, every field labelled, and no WCAG 2.2 AA violation, $colorScheme at $width px',
    async ({ colorScheme, width }) => {
      await pickFive();
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme });
      await openCase();
      await page.locator('[data-case-field="person"]').fill('Ada Lovelace');
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      // Every field has a label a reader can see.
      const unseen = await page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLInputElement>(
            '[data-case-page] textarea, [data-case-page] input:not([type=file]), [data-case-page] select',
          ),
        ]
          .filter((field) => field.checkVisibility())
          .filter(
            (field) =>
              ![...(field.labels ?? [])].some(
                (label) => label.checkVisibility() && label.textContent.trim() !== '',
              ),
          )
          .map((field) => field.outerHTML),
      );
      expect(unseen).toEqual([]);
      expect(await violations(page)).toEqual([]);
      await page.goto(levelPage());
      expect(await violations(page)).toEqual([]);
    },
  );

  it('says, without JavaScript, that it needs it, and offers the rubrics', async () => {
    const noScript = await served.browser.newContext({ javaScriptEnabled: false });
    try {
      const plain = await noScript.newPage();
      await plain.goto(casePage());
      expect(await plain.locator('.no-script').isVisible()).toBe(true);
      expect(await plain.locator('[data-case-page]').isVisible()).toBe(false);
      expect(await plain.locator('.no-script a[href$="/levels/4/rubric/"]').count()).toBe(1);
      await plain.goto(levelPage());
      expect(await plain.locator('[data-pick]').first().isVisible()).toBe(false);
    } finally {
      await noScript.close();
    }
  });
});

describe('item controls on a touch screen', () => {
  it('each say in a word what they are, beside their icons', async () => {
    const touch = await served.browser.newContext({
      viewport: { width: 360, height: 800 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      const phone = await touch.newPage();
      await phone.goto(levelPage());
      expect(await phone.evaluate(() => matchMedia('(hover: none)').matches)).toBe(true);
      const actions = phone.locator('#key-behaviors li[id] .actions').first();
      const words = await actions.evaluate((bar) =>
        [...bar.querySelectorAll<HTMLElement>('.label')]
          .filter((label) => label.checkVisibility())
          .map((label) => label.textContent.trim()),
      );
      expect(words).toEqual(['Link', 'Copy citation', 'Add to case']);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    } finally {
      await touch.close();
    }
  });

  it('are one toolbar: Tab reaches Copy citation, the arrow keys the others', async () => {
    await page.goto(levelPage());
    const [id = ''] = await itemIds('key-behaviors', 1);
    const bar = page.locator(`[id="${id}"] [role="toolbar"]`);
    await bar.locator('[data-cite]').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-pick'))).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('anchor-link'))).toBe(true);
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-pick'))).toBe(true);
    expect(await bar.locator('[tabindex="-1"]').count()).toBe(2);
  });
});
