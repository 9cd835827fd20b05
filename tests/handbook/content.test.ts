/**
 * Content tests: whatever `content/` holds, the Level 4 handbook or an adopter's own framework. It
 * compiles with no problem, and the permalink guard holds: content/permalinks.json records every URL
 * the content publishes, and every URL it records is served by both builds, its page (or a redirect
 * page that leads on to it) and its fragment. Nothing here names a level, an item or a word.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/pipeline/compile';
import { MANIFEST_FILE } from '../../src/pipeline/content-files';
import { formatProblem } from '../../src/pipeline/problems';
import { checkManifest } from '../../src/pipeline/urls/permalinks';
import { isDataFile, page, pagePath, readPages } from '../support/html';
import { contentSites, repoRoot, type BuiltSite } from '../support/sites';

const { handbook, problems } = compileContent(repoRoot);
const recorded = (JSON.parse(readFileSync(join(repoRoot, MANIFEST_FILE), 'utf8')) as { urls: string[] }).urls;

describe('content/', () => {
  it('compiles with no problem', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(handbook?.levels.length).toBeGreaterThan(0);
  });

  it(`records every URL it publishes in ${MANIFEST_FILE}, and every URL recorded there still resolves (npm run permalinks)`, () => {
    expect(handbook && checkManifest(recorded, handbook)).toEqual({ lost: [], unrecorded: [] });
  });
});

/** Why the built `site` does not serve `url` (a path from the manifest, perhaps with a fragment), or nothing. */
function unserved(site: BuiltSite, url: string): string | undefined {
  const [path = '', fragment] = url.split('#');
  // Data the pages read (the changelog's feed, since-a-release data) is a file of its own.
  if (isDataFile(path)) return existsSync(join(site.dir, path.slice(1))) ? undefined : `${url}: no file`;
  let target = readPages(site).find((built) => built.path === pagePath(path));
  if (!target) return `${url}: no page`;
  // A level's former pages redirect, keeping the fragment: the fragment must be where they lead.
  const movedTo = target.document.querySelector('body')?.getAttribute('data-moved-to');
  if (movedTo) {
    if (!movedTo.startsWith(site.base)) return `${url}: redirects to ${movedTo}, outside ${site.base}`;
    target = page(site, movedTo.slice(site.base.length));
  }
  if (fragment && !target.document.querySelector(`[id="${fragment}"]`))
    return `${url}: no #${fragment} on /${target.path}`;
  return undefined;
}

describe.each(contentSites)('the permalink guard, $name', (site) => {
  it(`serves every URL ${MANIFEST_FILE} records, with its fragment`, () => {
    expect(recorded.length).toBeGreaterThan(0);
    expect(recorded.map((url) => unserved(site, url)).filter(Boolean)).toEqual([]);
  });
});
