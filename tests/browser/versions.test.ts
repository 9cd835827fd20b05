/**
 * Versions as a reader meets them, in Chromium, under /handbook/, on the versions fixture: a citation
 * copied from the build of its first release (2026.1) names that version; opened on the build of its
 * last (2026.3), it shows, at the item, the words cited then, today's words and the difference, and
 * links to the change; where nothing changed, nothing extra shows; without JavaScript the page reads
 * as today. Worksheet notes exported at 2026.1 import at 2026.3, mapped through former ids, each row
 * whose words changed since marked.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedBrowser } from '../support/browser';
import { buildVersionsHandbook } from '../support/own-builds';
import { serve, type RunningSite } from '../support/serve';
import { clipboardOf } from '../support/clipboard';
import { axeSchemes, violations } from '../support/checks/axe';

let browser: Browser;
let first: RunningSite;
let last: RunningSite;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  // One after the other: the two builds share Astro's caches.
  const firstBuild = await buildVersionsHandbook('2026.1');
  const lastBuild = await buildVersionsHandbook('2026.3');
  [browser, first, last] = await Promise.all([sharedBrowser(), serve(firstBuild), serve(lastBuild)]);
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  page = await context.newPage();
}, 180_000);
afterAll(async () => {
  await context.close();
});

/** What the clipboard holds, as each flavour. */
const clipboard = () => clipboardOf(page);

/** Copies the citation of the item `id` on `path` of the first release's build. */
async function copyAtFirstRelease(path: string, id: string): Promise<Record<string, string>> {
  await page.goto(`${first.url}${path}`);
  const button = page.locator(`[id="${id}"] button[data-cite]`);
  await button.click();
  await expect.poll(() => button.getAttribute('data-copied')).toBe('');
  return clipboard();
}

/** The link a plain-text citation carries (its last word), as served by the last release's build. */
const atLastRelease = (text: string) => (text.split(' ').at(-1) ?? '').replace(first.url, last.url);

const note = () => page.locator('.then-now');

describe('a citation names the version it was copied from', () => {
  it('in Markdown and rich text: in its words and in its link', async () => {
    const copied = await copyAtFirstRelease('levels/1/', 'fixture-writes-tests');
    const url = `${first.url}levels/1/?v=2026.1#fixture-writes-tests`;
    expect(copied['text/plain']).toBe(
      `“Writes fixture tests for every fixture change” (Fixture Level 1 · Key Behaviors · version 2026.1) ${url}`,
    );
    expect(copied['text/html']).toContain(
      `<a href="${url}">Writes fixture tests for every fixture change</a> (Fixture Level 1 · Key Behaviors · version 2026.1)`,
    );
  });
});

describe('an old citation opened on a later release', () => {
  it('shows, at the item, the words cited then, today’s words, the difference, and the change', async () => {
    const copied = await copyAtFirstRelease('levels/1/', 'fixture-writes-tests');
    await page.goto(atLastRelease(copied['text/plain'] ?? ''));
    await expect.poll(() => note().count()).toBe(1);
    const shown = page.locator('[id="fixture-writes-tests"] .then-now');
    expect(await shown.getAttribute('role')).toBe('note');
    const text = (await shown.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('You followed a citation of version 2026.1.');
    expect(text).toContain('Writes fixture tests for every fixture change');
    expect(text).toContain(
      'Writes fixture tests for every fixture change, before the fixture code, and runs them',
    );
    expect(await shown.locator('ins').innerText()).toContain(', before the fixture code, and runs them');
    expect(await shown.locator('ins .sr-only').textContent()).toBe('added: ');
    const change = shown.locator('a', { hasText: 'What changed' });
    expect(await change.getAttribute('href')).toBe('/handbook/changes/#2026.2--1--fixture-writes-tests');
    await change.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#2026.2--1--fixture-writes-tests');
    expect(await page.locator('[id="2026.2--1--fixture-writes-tests"]').isVisible()).toBe(true);
  });

  it('follows a level to its new address, the version kept, and says where a moved item is now', async () => {
    await page.goto(`${last.url}levels/1/?v=2026.1#fixture-moves-levels`);
    await expect.poll(() => note().count()).toBe(1);
    const text = await note().innerText();
    expect(text).toContain('It has moved since.');
    expect(await note().locator('a', { hasText: 'Open it where it is now' }).getAttribute('href')).toBe(
      '/handbook/levels/fixture-senior/#fixture-moves-levels',
    );
    await page.goto(`${last.url}levels/2/?v=2026.1#fixture-leads-design`);
    await expect
      .poll(() => page.evaluate(() => location.pathname + location.search + location.hash))
      .toBe('/handbook/levels/fixture-senior/?v=2026.1#fixture-leads-design');
    await expect.poll(() => note().count()).toBe(1);
    expect(await note().innerText()).toContain('Follows up on fixture actions');
  });

  it('says a retired item was retired, and where its link leads', async () => {
    await page.goto(`${last.url}levels/1/?v=2026.1#fixture-retired-later`);
    await expect.poll(() => note().count()).toBe(1);
    const text = await note().innerText();
    expect(text).toContain('It has since been retired.');
    expect(text).toContain('Fixture struggle that is retired in the third fixture release');
  });

  it('shows nothing extra where the words did not change, or the citation is of today’s version', async () => {
    // A new document: from the same page, only the fragment would change.
    await page.goto('about:blank');
    await page.goto(`${last.url}levels/1/?v=2026.1#fixture-struggles-to-plan`);
    await page.waitForLoadState('networkidle');
    expect(await note().count()).toBe(0);
    await page.goto('about:blank');
    await page.goto(`${last.url}levels/1/?v=2026.3#fixture-writes-tests`);
    await page.waitForLoadState('networkidle');
    expect(await note().count()).toBe(0);
  });

  it('reads as today without JavaScript', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`${last.url}levels/1/?v=2026.1#fixture-writes-tests`);
    expect(await plain.locator('.then-now').count()).toBe(0);
    expect(await plain.locator('[id="fixture-writes-tests"] [data-cite-words]').innerText()).toBe(
      'Writes fixture tests for every fixture change, before the fixture code, and runs them',
    );
    await noScript.close();
  });
});

describe('worksheet notes written against an older version', () => {
  async function exported(level: string, notes: Record<string, string>): Promise<string> {
    const writer = await browser.newContext();
    const at = await writer.newPage();
    await at.goto(`${first.url}levels/${level}/rubric/`);
    for (const [key, words] of Object.entries(notes)) {
      await at.locator(`[data-key="${key}"] textarea`).fill(words);
    }
    await expect
      .poll(() => at.locator('[data-worksheet-status]').textContent())
      .toBe('Saved in this browser');
    const [download] = await Promise.all([
      at.waitForEvent('download'),
      at.locator('[data-worksheet-export-json]').click(),
    ]);
    const json = readFileSync((await download.path()) ?? '', 'utf8');
    await writer.close();
    return json;
  }

  async function imported(level: string, json: string): Promise<Page> {
    const reader = await browser.newContext();
    const at = await reader.newPage();
    await at.goto(`${last.url}levels/${level}/rubric/`);
    await at.locator('[data-worksheet-import]').setInputFiles({
      name: 'worksheet.json',
      mimeType: 'application/json',
      buffer: Buffer.from(json),
    });
    await expect.poll(() => at.locator('[data-worksheet-status]').textContent()).toBe('Notes imported');
    return at;
  }

  it('record the version they were written against', async () => {
    // The rubric's file is the reader's case, whose part for the level is the worksheet.
    const json = JSON.parse(await exported('1', { 'fixture-writes-tests': 'Fixture evidence.' })) as {
      format: string;
      frameworkVersion: string;
      levels: Record<string, { entries: Record<string, { version: string }> }>;
    };
    expect(json.format).toBe('handbook-case');
    expect(json.frameworkVersion).toBe('2026.1');
    expect(json.levels['1']?.entries['fixture-writes-tests']?.version).toBe('2026.1');
  });

  it('import at a later version, each row whose words changed since marked, the notes untouched', async () => {
    const json = await exported('1', {
      'fixture-writes-tests': 'Fixture evidence of tests.',
      'fixture-struggles-to-plan': 'Fixture evidence of planning.',
    });
    const at = await imported('1', json);
    const changed = at.locator('[data-key="fixture-writes-tests"] [data-worksheet-changed]');
    await expect.poll(() => changed.count()).toBe(1);
    expect(await changed.innerText()).toContain('Words changed since your notes (2026.1)');
    expect(await changed.locator('a').getAttribute('href')).toBe(
      '/handbook/changes/#2026.2--1--fixture-writes-tests',
    );
    expect(await at.locator('[data-key="fixture-writes-tests"] textarea').inputValue()).toBe(
      'Fixture evidence of tests.',
    );
    expect(await at.locator('[data-key="fixture-struggles-to-plan"] [data-worksheet-changed]').count()).toBe(
      0,
    );
    await at.context().close();
  });

  it('map notes kept under an old id, of a level at a new address, to the item that took it', async () => {
    const json = await exported('2', { 'fixture-old-id': 'Fixture evidence under the old id.' });
    const at = await imported('fixture-senior', json);
    await expect
      .poll(() => at.locator('[data-key="fixture-new-id"] textarea').inputValue())
      .toBe('Fixture evidence under the old id.');
    await at.context().close();
  });
});

describe('accessibility of what versions add (axe, WCAG 2.2 AA), light and dark, wide and narrow', () => {
  it.each(axeSchemes)(
    'the changelog and a then/now note, $colorScheme at $width px',
    async ({ colorScheme, width }) => {
      const checking = await browser.newContext({ colorScheme, viewport: { width, height: 800 } });
      const at = await checking.newPage();
      await at.goto(`${last.url}changes/`);
      expect(await violations(at)).toEqual([]);
      const overflow = () => at.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await at.goto(`${last.url}levels/1/?v=2026.1#fixture-writes-tests`);
      await expect.poll(() => at.locator('.then-now').count()).toBe(1);
      expect(await violations(at)).toEqual([]);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await checking.close();
    },
  );
});
