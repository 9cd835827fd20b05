/**
 * What making a case costs a reader, in Chromium on the built Level 4 fixture: five items picked on
 * the level page, then the case page opened. The code and data the case page fetches (its script and
 * `/case/items.json`, nothing before), the time from opening it to its items drawn, and the time to
 * build the rich-text document and put it on the clipboard.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../support/browser';
import { serve } from '../support/serve';
import type { BuiltSite } from '../support/sites';
import { kb, total } from './measure';

export async function caseBench(built: BuiltSite): Promise<string[][]> {
  const fileAt = (url: string) =>
    readFileSync(join(built.dir, decodeURIComponent(new URL(url).pathname).slice(built.base.length)));
  const server = await serve(built);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await page.goto(`${server.url}levels/4/`, { waitUntil: 'networkidle' });
    const ids = await page.evaluate(() =>
      [...document.querySelectorAll('main li[id] [data-pick]')]
        .slice(0, 5)
        .map((button) => button.closest('li')?.id ?? ''),
    );
    for (const id of ids) {
      await page.locator(`[id="${id}"] [data-pick]`).click();
      await page.waitForFunction(
        (key) =>
          document.getElementById(key)?.querySelector('[data-pick]')?.getAttribute('aria-pressed') === 'true',
        id,
      );
    }
    const fetched: string[] = [];
    page.on('response', (response) => fetched.push(response.url()));
    const started = Date.now();
    await page.goto(`${server.url}case/`);
    await page.locator('[data-case-ready]').waitFor({ state: 'attached' });
    const ready = Date.now() - started;
    const code = total(fetched.filter((url) => url.endsWith('.js')).map(fileAt));
    const data = total(fetched.filter((url) => url.endsWith('.json')).map(fileAt));
    const items = await page.locator('.case-item').count();
    const copyStarted = Date.now();
    await page.locator('[data-case-copy-rich]').click();
    await page.waitForFunction(() =>
      document.querySelector('[data-case-status]')?.textContent?.startsWith('Copied'),
    );
    const copied = Date.now() - copyStarted;
    return [
      [
        'case page, code and data fetched',
        `${kb(code.gzip + data.gzip)} gzip`,
        `${code.files} script(s) ${kb(code.gzip)} and the case index ${kb(data.gzip)} gzip; none of it before the page is opened`,
      ],
      [
        'case page ready, 5 items',
        `${ready} ms`,
        `opening /case/ to its ${items} items drawn, served locally, Chromium`,
      ],
      [
        'copy the case as rich text',
        `${copied} ms`,
        'click to "Copied", the document built and put on the clipboard',
      ],
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
