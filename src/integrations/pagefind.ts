/**
 * Indexes the built site with Pagefind's Node API, so `astro build` alone produces the whole site,
 * search included. Pagefind reports failures as `{ errors }` instead of throwing: every response is
 * checked, and any error fails the build.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export class PagefindError extends Error {
  override name = 'PagefindError';
}

function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) {
    throw new PagefindError(`Pagefind failed to ${step}:\n${response.errors.join('\n')}`, {
      cause: response.errors,
    });
  }
  return response;
}

/**
 * Files Pagefind writes that the handbook never loads: its own search UIs and highlighter (the
 * handbook has its own box), the worker (src/client/search.ts searches in the page) and the WebAssembly
 * for pages of no language (every page is `lang="en"`, indexed as English). Removed so the site ships
 * only what readers use: about a third of the bundle.
 */
export const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
  'wasm.unknown.pagefind',
] as const;

/** Indexes every HTML page in `siteDir` and writes the bundle to `siteDir/pagefind/`. Returns the pages indexed. */
export async function indexSite(siteDir: string): Promise<number> {
  try {
    const { index } = check('create an index', await pagefind.createIndex({ forceLanguage: 'en' }));
    if (!index) throw new PagefindError('Pagefind returned no index');
    const { page_count } = check('index the site', await index.addDirectory({ path: siteDir }));
    if (page_count === 0) throw new PagefindError(`Pagefind found no pages to index in ${siteDir}`);
    const outputPath = join(siteDir, 'pagefind');
    check('write the index', await index.writeFiles({ outputPath }));
    for (const file of UNUSED_BUNDLE_FILES) rmSync(join(outputPath, file), { force: true });
    return page_count;
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'handbook:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await indexSite(fileURLToPath(dir));
        logger.info(`indexed ${pages} pages for search`);
      },
    },
  };
}
