/**
 * Every internal link and `#fragment` in the built site resolves, at the root and under /handbook/,
 * and nothing is fetched from another site.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPages, type BuiltPage } from '../support/html';
import { ladderSites, sites, type BuiltSite } from '../support/sites';

const origin = 'http://handbook.test';

/** Where a link leads in the built site, or why it leads nowhere. */
function resolve(
  site: BuiltSite,
  from: BuiltPage,
  href: string,
): { file: string; page: BuiltPage | undefined; hash: string } | string {
  const url = new URL(href, `${origin}${site.base}${from.path}`);
  if (url.origin !== origin) return `leaves the site: ${href}`;
  if (!url.pathname.startsWith(site.base)) return `ignores the base ${site.base}: ${href}`;
  const path = decodeURIComponent(url.pathname.slice(site.base.length));
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  if (!existsSync(join(site.dir, file))) return `no file ${file} for ${href}`;
  const target = readPages(site).find((candidate) => candidate.file === file);
  return { file, page: target, hash: decodeURIComponent(url.hash.slice(1)) };
}

describe.each(sites)('pages, $name', (site) => {
  it('builds the home, 404, search, level, rubric and nine section pages, and no ladder or compare pages', () => {
    const paths = readPages(site).map((built) => built.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '',
        '404.html',
        'levels/4/',
        'levels/4/key-behaviors/',
        'levels/4/signals-youre-ready-to-level-up/',
        'levels/4/rubric/',
        'search/',
      ]),
    );
    expect(paths).toHaveLength(14);
  });
});

describe.each([...sites, ...ladderSites])('links, $name', (site) => {
  const pages = readPages(site);

  it('resolves every link, stylesheet, script and icon, and every #fragment', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const built of pages) {
      const references = built.document
        .querySelectorAll('a[href], link[href]:not([rel="canonical"]), script[src], img[src]')
        .map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '');
      for (const href of references) {
        checked++;
        const target = resolve(site, built, href);
        if (typeof target === 'string') broken.push(`${built.path || '/'}: ${target}`);
        else if (target.hash && !target.page?.document.querySelector(`[id="${target.hash}"]`)) {
          broken.push(`${built.path || '/'}: no #${target.hash} on ${target.file}`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });

  it('loads nothing from another site, and names its own address only in canonical links', () => {
    for (const built of pages) {
      const html = built.html.replace(/<link rel="canonical" href="[^"]*"/g, '');
      expect(html, built.path).not.toMatch(/(src|href)="(https?:)?\/\//);
    }
  });
});
