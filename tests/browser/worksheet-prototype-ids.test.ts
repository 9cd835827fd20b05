/**
 * An item whose id is `constructor` (kebab-case allows it) works on the rubric like any other: a note
 * written for it is kept and exported. The fixture ladder is copied with such an item added to Fixture
 * Level 1, built under /handbook/ (and reused while nothing it is built from changes, as
 * tests/support/own-builds.ts reuses its builds), and served in Chromium.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sharedBrowser } from '../support/browser';
import { buildOnce } from '../support/own-builds';
import { serve, type RunningSite } from '../support/serve';
import { ladderFixture, output, type BuiltSite } from '../support/sites';

const constructorSite: BuiltSite = {
  name: 'the fixture ladder with an item "constructor"',
  base: '/handbook/',
  dir: `${output}/constructor-handbook`,
  root: `${output}/constructor-root`,
};
const section = 'content/sections/level-1/fixture-craft/key-behaviors.mdx';

/** Copies the fixture ladder, adds the item `constructor` to Fixture Level 1, and builds it (or reuses its build). */
function buildConstructorHandbook(): Promise<BuiltSite> {
  rmSync(constructorSite.root, { recursive: true, force: true });
  cpSync(join(ladderFixture, 'content'), join(constructorSite.root, 'content'), { recursive: true });
  const file = join(constructorSite.root, section);
  const text = readFileSync(file, 'utf8');
  if (!text.includes('items:\n')) throw new Error(`${section} has no items`);
  writeFileSync(
    file,
    text.replace(
      'items:\n',
      'items:\n  - id: constructor\n    text: Fixture behavior, constructs fixture widgets\n',
    ),
  );
  return buildOnce(constructorSite);
}

let browser: Browser;
let site: RunningSite;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  const built = await buildConstructorHandbook();
  [browser, site] = await Promise.all([sharedBrowser(), serve(built)]);
}, 300_000);
afterAll(async () => {
  await site.close();
});
beforeEach(async () => {
  context = await browser.newContext({ acceptDownloads: true });
  page = await context.newPage();
});
afterEach(async () => {
  await context.close();
});

async function downloaded(button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  return readFileSync(await download.path(), 'utf8');
}

describe('the rubric of a level with an item "constructor"', () => {
  it('exports the note written for that item as Markdown', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.url}levels/1/rubric/`);
    const row = page.locator('[data-worksheet-row][data-key="constructor"]');
    await expect.poll(() => row.count()).toBe(1);
    await row.locator('textarea').fill('Fixture note on the constructor item.');
    await expect
      .poll(() => page.locator('[data-worksheet-status]').textContent())
      .toBe('Saved in this browser');
    const markdown = await downloaded('[data-worksheet-export-markdown]');
    expect(markdown).toContain(
      `[Fixture behavior, constructs fixture widgets](${site.url}levels/1/#constructor)`,
    );
    expect(markdown).toContain('  Fixture note on the constructor item.');
    expect(errors).toEqual([]);
  });
});
