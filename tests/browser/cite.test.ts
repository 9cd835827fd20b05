/**
 * Citing an item as a reader does, in Chromium, under /handbook/: one click (or Enter) puts a
 * citation on the clipboard as rich text and as plain text that reads without a Markdown renderer; where the browser refuses, the citation is
 * shown to copy by hand. Arriving by a link shows the item and where it is; an old id still lands;
 * an unknown one says so.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useServedSite } from '../support/served';
import { clipboardOf } from '../support/clipboard';
import { ladderHandbookSite, level4Fixture, level4HandbookSite } from '../support/sites';
import { readModel } from '../support/content';

const served = useServedSite(level4HandbookSite);
const ladder = useServedSite(ladderHandbookSite);

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

/** What the clipboard holds, as each flavour. */
const clipboard = () => clipboardOf(page);

const anticipates = 'Anticipates product needs and advocates for solutions before they’re requested';
/** The version the Level 4 fixture names: every citation names it, and its link carries it. */
const version = readModel(level4Fixture).version ?? '';
const v = `?v=${version}`;

describe('Copy citation', () => {
  it('puts the item on the clipboard as plain text and as rich text, linked to its canonical URL', async () => {
    await page.goto(`${served.site.url}levels/4/key-behaviors/`);
    const button = page.locator('#anticipates-product-needs button[data-cite]');
    await button.click();
    await expect.poll(() => button.getAttribute('data-copied')).toBe('');
    const url = `${served.site.url}levels/4/${v}#anticipates-product-needs`;
    const copied = await clipboard();
    expect(copied['text/plain']).toBe(
      `“${anticipates}” (Level 4 · Key Behaviors · version ${version}) ${url}`,
    );
    expect(copied['text/html']).toContain(
      `<a href="${url}">${anticipates}</a> (Level 4 · Key Behaviors · version ${version})`,
    );
  });

  it('says so visibly and to screen readers', async () => {
    await page.goto(`${served.site.url}levels/4/`);
    const button = page.locator('#struggles-to-delegate button[data-cite]');
    await button.click();
    await expect.poll(() => button.locator('.copied').isVisible()).toBe(true);
    await expect
      .poll(() => page.locator('[data-cite-status]').textContent())
      .toBe('Citation copied: May struggle to delegate ownership of product details');
    expect(await page.locator('[data-cite-status]').getAttribute('role')).toBe('status');
  });

  it('cites a section and a level, and keeps emphasis in the rich text', async () => {
    await page.goto(`${served.site.url}levels/4/`);
    await page.locator('#signals-youre-ready-to-level-up > .heading-row button[data-cite]').click();
    await expect
      .poll(async () => (await clipboard())['text/plain'])
      .toBe(
        `“Signals You're Ready to Level Up” (Level 4 · version ${version}) ${served.site.url}levels/4/${v}#signals-youre-ready-to-level-up`,
      );
    await page.locator('#influences-what-why-how button[data-cite]').click();
    await expect.poll(async () => (await clipboard())['text/html']).toContain('<em>what</em>');
    await page.locator('header[data-cite-url] button[data-cite]').click();
    await expect
      .poll(async () => (await clipboard())['text/plain'])
      .toBe(`“Level 4: strategic product partner” (version ${version}) ${served.site.url}levels/4/${v}`);
  });

  it('cites the mindset shift with its from → to sentence, not its heading alone', async () => {
    await page.goto(`${served.site.url}levels/4/`);
    await page.locator('#mindset-shift > .heading-row button[data-cite]').click();
    await expect
      .poll(async () => (await clipboard())['text/plain'])
      .toBe(
        `“Mindset Shift: from ‘I guide teams toward good product decisions.’ to ‘I shape how the organization defines and measures product success.’” (Level 4 · version ${version}) ${served.site.url}levels/4/${v}#mindset-shift`,
      );
    await page.goto(`${served.site.url}levels/4/mindset-shift/`);
    await page.locator('header[data-cite-url] button[data-cite]').click();
    await expect
      .poll(async () => (await clipboard())['text/html'])
      .toContain(
        '>Mindset Shift: from ‘I guide teams toward good product decisions.’ to ‘I shape how the organization defines and measures product success.’</a>',
      );
  });

  it('works from the keyboard alone, one tab stop per item', async () => {
    await page.goto(`${served.site.url}levels/4/`);
    const stops: string[] = [];
    for (let press = 0; press < 300; press++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        if (!active || active === document.body || active.dataset['visited'] !== undefined) return undefined;
        active.dataset['visited'] = '';
        return (
          active.getAttribute('aria-label') ?? (active.textContent.trim() || active.id || active.tagName)
        );
      });
      if (stop === undefined) break;
      stops.push(stop);
      if (stop === `Copy citation: ${anticipates}`) {
        await page.keyboard.press('Enter');
        await expect.poll(async () => (await clipboard())['text/plain']).toContain(`“${anticipates}”`);
      }
    }
    expect(stops).toContain(`Copy citation: ${anticipates}`);
    expect(stops.filter((name) => name.startsWith('Link to: '))).toEqual([]);
    console.log(`tab stops on the Level 4 page: ${stops.length}`);
    // 6 for the frame, 9 in the contents, 2 per section, 1 per item and 1 per thread link: 92 today.
    expect(stops.length).toBeLessThan(100);
  });

  it('shows the citation, selected, to copy by hand where the browser refuses the clipboard', async () => {
    await page.addInitScript(() => {
      navigator.clipboard.write = () => Promise.reject(new DOMException('Refused', 'NotAllowedError'));
      (document as unknown as { execCommand: () => boolean }).execCommand = () => false;
    });
    await page.goto(`${served.site.url}levels/4/`);
    await page.locator('#clarify-the-vision button[data-cite]').click();
    const dialog = page.locator('dialog[data-cite-fallback]');
    await dialog.waitFor();
    const text = dialog.locator('textarea');
    expect(await text.inputValue()).toBe(
      `“Clarify the vision” (Level 4 · Focus Summary · version ${version}) ${served.site.url}levels/4/${v}#clarify-the-vision`,
    );
    expect(
      await text.evaluate((area: HTMLTextAreaElement) => [
        document.activeElement === area,
        area.selectionStart,
        area.selectionEnd,
      ]),
    ).toEqual([true, 0, (await text.inputValue()).length]);
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);
  });

  it("never puts its hidden labels into a reader's own selection", async () => {
    await page.goto(`${served.site.url}levels/4/`);
    const selected = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('main') ?? document.body);
      getSelection()?.addRange(range);
      return getSelection()?.toString() ?? '';
    });
    expect(selected).toContain(anticipates);
    expect(selected).not.toMatch(/Link to|Copy citation|Copied|of Level 4/);
  });
});

describe('tap targets', () => {
  it('are at least 24 × 24 px for every anchor link and Copy citation button, at 360 px (WCAG 2.5.8)', async () => {
    const narrow = await served.browser.newPage({ viewport: { width: 360, height: 740 } });
    await narrow.goto(`${served.site.url}levels/4/`);
    const small = await narrow.evaluate(() =>
      [...document.querySelectorAll('main .anchor-link, main [data-cite]')]
        .map((element) => ({
          name: element.getAttribute('aria-label'),
          box: element.getBoundingClientRect(),
        }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(({ name, box }) => `${name ?? ''}: ${box.width}×${box.height}`),
    );
    expect(small).toEqual([]);
    await narrow.close();
  });
});

describe('arriving by a link', () => {
  it('shows where the item is without JavaScript too', async () => {
    const noScript = await served.browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`${served.site.url}levels/4/key-behaviors/#mentors-product-thinking`);
    expect(await plain.locator('#mentors-product-thinking .arrival').isVisible()).toBe(true);
    expect(await plain.locator('#mentors-product-thinking [data-cite]').isVisible()).toBe(false);
    expect(await plain.locator('#mentors-product-thinking .anchor-link').isVisible()).toBe(true);
    await noScript.close();
  });

  it.each(['light', 'dark'] as const)(
    'highlights the item in %s mode and says where it is, at 360 px',
    async (colorScheme) => {
      const narrow = await served.browser.newPage({ viewport: { width: 360, height: 740 }, colorScheme });
      await narrow.goto(`${served.site.url}levels/4/#struggles-to-delegate`);
      const item = narrow.locator('#struggles-to-delegate');
      const label = item.locator('.arrival');
      expect(await label.isVisible()).toBe(true);
      expect(await label.evaluate((element) => getComputedStyle(element, '::before').content)).toBe(
        '"Level 4 · Common Struggles"',
      );
      const box = await label.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 360 && box.y >= 0 && box.y + box.height <= 740).toBe(
        true,
      );
      const [background, page] = await item.evaluate((element) => [
        getComputedStyle(element).backgroundColor,
        getComputedStyle(document.body).backgroundColor,
      ]);
      expect(background).not.toBe(page);
      expect(
        await narrow
          .locator('#common-struggles-heading ~ * .arrival:visible, li:not(:target) .arrival:visible')
          .count(),
      ).toBe(0);
      await narrow.close();
    },
  );

  it('lands on an item through an id it had before', async () => {
    const fixture = await ladder.browser.newPage();
    await fixture.goto(`${ladder.site.url}levels/2/#fixture-habit-decisions`);
    const label = fixture.locator('#fixture-habit-two .arrival');
    expect(await label.isVisible()).toBe(true);
    expect(await fixture.locator('[data-fragment-notice]').isVisible()).toBe(false);
    await fixture.close();
  });

  it("follows a level's former id to its page, keeping the fragment", async () => {
    const fixture = await ladder.browser.newPage();
    await fixture.goto(`${ladder.site.url}levels/4-ic/#fixture-shapes-direction`);
    await fixture.waitForURL(/fixture-principal/);
    expect(new URL(fixture.url()).pathname + new URL(fixture.url()).hash).toBe(
      '/handbook/levels/fixture-principal/#fixture-shapes-direction',
    );
    expect(await fixture.locator('#fixture-shapes-direction .arrival').isVisible()).toBe(true);
    await fixture.close();
  });

  it('says when the fragment names nothing on the page, and offers the sections', async () => {
    await page.goto(`${served.site.url}levels/4/#anticipates-needs`);
    const notice = page.locator('[data-fragment-notice]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.locator('[data-fragment-message]').textContent()).toBe(
      'There is nothing at “#anticipates-needs” on this page: it may have been renamed or removed.',
    );
    expect(await notice.locator('a').count()).toBe(9);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fragment-notice');
    await page.goto(`${served.site.url}levels/4/#anticipates-product-needs`);
    expect(await notice.isVisible()).toBe(false);
  });
});
