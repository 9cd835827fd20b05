/**
 * Every internal link and `#fragment` of a built site resolves, and nothing is fetched from another
 * site. Framework-agnostic: the product tests run it on the fixtures (tests/built/links.test.ts), the
 * content tests on `content/` (tests/handbook/site.test.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPages, type BuiltPage } from '../html';
import type { BuiltSite } from '../sites';

const origin = 'http://handbook.test';

/** Where a link from `from` leads in the built site, or why it leads nowhere. */
export function resolveLink(
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

export function describeLinks(site: BuiltSite): void {
  describe(`links, ${site.name}`, () => {
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
          const target = resolveLink(site, built, href);
          if (typeof target === 'string') broken.push(`${built.path || '/'}: ${target}`);
          else if (target.hash && !target.page?.document.querySelector(`[id="${target.hash}"]`)) {
            broken.push(`${built.path || '/'}: no #${target.hash} on ${target.file}`);
          }
        }
      }
      expect(broken).toEqual([]);
      // Every page links at least to its stylesheet, the home page and the search page.
      expect(checked).toBeGreaterThan(3 * pages.length);
    });

    it('loads nothing from another site, and names its own address only in canonical links', () => {
      for (const built of pages) {
        const html = built.html.replace(/<link rel="canonical" href="[^"]*"/g, '');
        expect(html, built.path).not.toMatch(/(src|href)="(https?:)?\/\//);
      }
    });
  });
}
