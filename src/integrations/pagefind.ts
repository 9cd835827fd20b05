/**
 * Indexes the built site with Pagefind's Node API, so `astro build` alone produces the whole site,
 * search included. Pagefind reports failures as `{ errors }` instead of throwing: every response is
 * checked, and any error fails the build.
 */
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

/** Indexes every HTML page in `siteDir` and writes the bundle to `siteDir/pagefind/`. Returns the pages indexed. */
export async function indexSite(siteDir: string): Promise<number> {
  try {
    const { index } = check('create an index', await pagefind.createIndex({ forceLanguage: 'en' }));
    if (!index) throw new PagefindError('Pagefind returned no index');
    const { page_count } = check('index the site', await index.addDirectory({ path: siteDir }));
    if (page_count === 0) throw new PagefindError(`Pagefind found no pages to index in ${siteDir}`);
    check(
      'write the index',
      await index.writeFiles({ outputPath: `${siteDir.replace(/\/$/, '')}/pagefind` }),
    );
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
