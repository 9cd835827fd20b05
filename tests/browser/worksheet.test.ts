/**
 * The reflection worksheet on the Level 4 rubric, in Chromium under /handbook/: notes and marks are
 * kept in this browser and come back, export as Markdown and JSON, import into another browser,
 * survive unreadable data and removed items, and clear only when the reader confirms.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useServedSite } from '../support/served';
import { level4Fixture, level4HandbookSite } from '../support/sites';
import { readModel } from '../support/content';

const served = useServedSite(level4HandbookSite);
const storageKey = 'handbook-worksheet:/handbook/levels/4/';

let context: BrowserContext;
let page: Page;
beforeEach(async () => {
  context = await served.browser.newContext({ acceptDownloads: true });
  page = await context.newPage();
});
afterEach(async () => {
  await context.close();
});

const rubric = () => page.goto(`${served.site.url}levels/4/rubric/`);
const notes = (ref: string) => page.locator(`[data-ref="${ref}"] textarea`);
const seen = (ref: string, value: string) => page.locator(`[data-ref="${ref}"] input[value="${value}"]`);
/** What the reader sees once their notes are saved. */
const saved = () =>
  expect.poll(() => page.locator('[data-worksheet-status]').textContent()).toBe('Saved in this browser');

async function downloaded(button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  return readFileSync(await download.path(), 'utf8');
}

describe('the worksheet', () => {
  it('keeps notes and marks in this browser, and brings them back', async () => {
    await rubric();
    await notes('KB-2').fill('Tied the API migration to churn numbers.');
    await seen('KB-2', 'sometimes').check();
    await notes('Q-1').fill('We assume teams read the roadmap.');
    await saved();
    await page.reload();
    // The worksheet's code loads after the page, then puts the notes back.
    await expect.poll(() => notes('KB-2').inputValue()).toBe('Tied the API migration to churn numbers.');
    expect(await seen('KB-2', 'sometimes').isChecked()).toBe(true);
    expect(await notes('Q-1').inputValue()).toBe('We assume teams read the roadmap.');
    expect(await page.locator('[data-worksheet-tools]').textContent()).toContain(
      'Your notes are saved in this browser only. Nothing is sent anywhere.',
    );
  });

  it('exports the notes as Markdown, each after its citation, ready to paste', async () => {
    await rubric();
    await notes('KB-2').fill('Tied the API migration to churn numbers.\nShared it with sales.');
    await seen('KB-2', 'consistently').check();
    await seen('SR-1', 'sometimes').check();
    // The version the Level 4 fixture names: the export names it, and its citations link to it.
    const version = readModel(level4Fixture).version ?? '';
    const base = `${served.site.url}levels/4/?v=${version}#`;
    expect(await downloaded('[data-worksheet-export-markdown]')).toBe(
      [
        '# Level 4: strategic product partner: my evidence',
        '',
        `Framework version ${version}`,
        '',
        `- KB-2 [Connects technical work to product strategy and customer impact](${base}connects-work-to-strategy) (Level 4 · Key Behaviors · version ${version}): consistently`,
        // Each line of a note is its own paragraph of the item.
        '',
        '  Tied the API migration to churn numbers.',
        '',
        '  Shared it with sales.',
        `- SR-1 [You’re seen as a strategic voice in product conversations](${base}strategic-voice) (Level 4 · Signals You're Ready to Level Up · version ${version}): sometimes`,
        '',
      ].join('\n'),
    );
  });

  it('exports JSON that another browser imports', async () => {
    await rubric();
    await notes('H-2').fill('Pitched the design-debt week.');
    await seen('H-2', 'consistently').check();
    const json = await downloaded('[data-worksheet-export-json]');
    const elsewhere = await served.browser.newContext();
    const other = await elsewhere.newPage();
    await other.goto(`${served.site.url}levels/4/rubric/`);
    await other.locator('[data-worksheet-import]').setInputFiles({
      name: 'level-4-worksheet.json',
      mimeType: 'application/json',
      buffer: Buffer.from(json),
    });
    await expect
      .poll(() => other.locator('[data-ref="H-2"] textarea').inputValue())
      .toBe('Pitched the design-debt week.');
    expect(await other.locator('[data-ref="H-2"] input[value="consistently"]').isChecked()).toBe(true);
    expect(await other.locator('[data-worksheet-status]').textContent()).toBe('Notes imported');
    await other.locator('[data-worksheet-import]').setInputFiles({
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"handbook-worksheet","version":1,"level":"5","entries":{}}'),
    });
    await expect
      .poll(() => other.locator('[data-worksheet-problem]').textContent())
      .toBe('That file could not be imported: it is the worksheet of level 5. Your notes are unchanged.');
    expect(await other.locator('[data-ref="H-2"] textarea').inputValue()).toBe(
      'Pitched the design-debt week.',
    );
    await elsewhere.close();
  });

  it('reports saved data it cannot read, keeps it aside, and still works', async () => {
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{"format":"handbook-worksheet", broken');
        sessionStorage.setItem('seeded', '1');
      }
    }, storageKey);
    await rubric();
    await expect
      .poll(() => page.locator('[data-worksheet-problem]').textContent())
      .toBe(
        'The notes saved in this browser could not be read (it is not valid JSON). They are kept aside, untouched; this worksheet starts empty.',
      );
    const aside = await page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.includes(':unreadable:')),
    );
    expect(aside).toHaveLength(1);
    await notes('KB-1').fill('Still works.');
    await saved();
    await page.reload();
    await expect.poll(() => notes('KB-1').inputValue()).toBe('Still works.');
  });

  it('keeps notes for an item that is no longer in the level, shown apart and exported', async () => {
    await page.addInitScript((key) => {
      localStorage.setItem(
        key,
        JSON.stringify({
          format: 'handbook-worksheet',
          version: 1,
          level: '4',
          entries: { 'retired-behavior': { notes: 'Evidence for an item since removed.' } },
        }),
      );
    }, storageKey);
    await rubric();
    const orphans = page.locator('[data-worksheet-orphans]');
    await expect.poll(() => orphans.isVisible()).toBe(true);
    expect(await orphans.locator('li').textContent()).toBe(
      '#retired-behavior Evidence for an item since removed.',
    );
    expect(await downloaded('[data-worksheet-export-markdown]')).toContain(
      '## Notes for items no longer in this level\n\n- #retired-behavior\n\n  Evidence for an item since removed.\n',
    );
  });

  it('clears only when the reader confirms', async () => {
    await rubric();
    await notes('KB-1').fill('Keep me.');
    await saved();
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.locator('[data-worksheet-clear]').click();
    expect(await notes('KB-1').inputValue()).toBe('Keep me.');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('[data-worksheet-clear]').click();
    expect(await notes('KB-1').inputValue()).toBe('');
    await page.reload();
    expect(await notes('KB-1').inputValue()).toBe('');
  });

  it('prints as a blank worksheet without JavaScript', async () => {
    const plain = await served.browser.newContext({ javaScriptEnabled: false });
    const noScript = await plain.newPage();
    await noScript.goto(`${served.site.url}levels/4/rubric/`);
    expect(await noScript.locator('[data-worksheet-tools]').isVisible()).toBe(false);
    // 15 criteria and 10 prompts (the mindset shift among them); the focus heads the rubric.
    expect(await noScript.locator('[data-worksheet-row] textarea').count()).toBe(25);
    // Three points on the scale for each criterion, and "No mark" (checked) to take a mark off.
    expect(await noScript.locator('input[data-worksheet-seen]').count()).toBe(15 * 3);
    expect(await noScript.locator('input[data-worksheet-unmark]:checked').count()).toBe(15);
    await plain.close();
  });
});
