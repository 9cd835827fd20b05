/**
 * "Suggest an edit" on an item, in Chromium on the Level 4 fixture built with a source repository: a
 * button in the item's toolbar that opens a new issue there, prefilled with the item's words, the
 * framework's version and its canonical link. The repository is never reached: its address is caught.
 */
import { beforeAll, expect, it } from 'vitest';
import { readModel } from '../support/content';
import { buildRepositoryHandbook, repositorySite } from '../support/own-builds';
import { useServedSite } from '../support/served';
import { level4Fixture } from '../support/sites';

// Built (or its build reused) before it is served.
beforeAll(() => buildRepositoryHandbook(), 600_000);
const served = useServedSite(repositorySite);

it('opens a new issue in the repository, prefilled with the item, its version and its link', async () => {
  const context = await served.browser.newContext();
  try {
    await context.route(`${repositorySite.repository ?? ''}/**`, (route) =>
      route.fulfill({ contentType: 'text/plain', body: 'fixture repository' }),
    );
    const page = await context.newPage();
    await page.goto(`${served.site.url}levels/4/key-behaviors/`);
    const id = await page.evaluate(() => document.querySelector('main li[id]')?.id ?? '');
    const words = await page.locator(`[id="${id}"] .item-text`).textContent();
    const [opened] = await Promise.all([
      context.waitForEvent('page'),
      page.locator(`[id="${id}"] [data-suggest]`).click(),
    ]);
    await opened.waitForLoadState();
    const url = new URL(opened.url());
    expect(`${url.origin}${url.pathname}`).toBe(`${repositorySite.repository ?? ''}/issues/new`);
    const title = url.searchParams.get('title') ?? '';
    const body = url.searchParams.get('body') ?? '';
    expect(title.startsWith('Suggest an edit: ')).toBe(true);
    expect(body).toContain(`${id}: ${words?.replace(/\s+/g, ' ').trim().slice(0, 30)}`);
    expect(body).toContain(`Framework version: ${readModel(level4Fixture).version ?? ''}`);
    // The canonical link: on the level page, wherever the button was.
    expect(body).toContain(`Link: ${served.site.url}levels/4/#${id}`);
  } finally {
    await context.close();
  }
});
