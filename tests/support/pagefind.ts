/** What Pagefind indexed, read in Chromium through the site's own pagefind.js. */
import type { Page } from 'playwright-core';

export interface IndexedPage {
  url: string;
  /** The page's indexed text, as Pagefind shows excerpts from it. */
  content: string;
  meta: { title?: string };
}

/** Words stuck together where two elements meet: "Level 4strategic", "partnerAt", "→To". */
export const fusedWords = /[\p{Ll}\d)][\p{Lu}]|\d\p{Ll}|→\S/u;

/** Every page Pagefind returns for `query`, with its indexed text. */
export async function indexedPages(page: Page, siteUrl: string, query: string): Promise<IndexedPage[]> {
  await page.goto(siteUrl);
  // A string, so Vitest leaves the browser's own `import()` alone.
  return (await page.evaluate(`(async () => {
    const pagefind = await import('${new URL(siteUrl).pathname}pagefind/pagefind.js');
    const { results } = await pagefind.search(${JSON.stringify(query)});
    return Promise.all(results.map((result) => result.data()));
  })()`)) as IndexedPage[];
}
