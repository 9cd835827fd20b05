/** What a page's clipboard holds, flavour by flavour (`text/plain`, `text/html`), for browser tests that copy. */
import type { Page } from 'playwright-core';

export function clipboardOf(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const flavours: Record<string, string> = {};
    for (const type of item?.types ?? []) flavours[type] = (await (await item?.getType(type))?.text()) ?? '';
    return flavours;
  });
}
