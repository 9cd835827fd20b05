/**
 * The sitemap and robots.txt, on the built fixtures: with the site's address configured (the sites at
 * the root), the sitemap lists every page built, absolute, and nothing else (not the not-found page,
 * nor a level's redirect pages), and robots.txt names it; without one (under /handbook/) there is no
 * sitemap and robots.txt names none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readModel } from '../support/content';
import { pagePath, readPages } from '../support/html';
import { ladderSites, level4Sites, testSite } from '../support/sites';

describe.each([...level4Sites, ...ladderSites])('sitemap and robots.txt, $name', (site) => {
  const robots = readFileSync(join(site.dir, 'robots.txt'), 'utf8');
  const sitemapFile = join(site.dir, 'sitemap.xml');

  if (site.site) {
    it('lists every page, absolute, and nothing else', () => {
      const handbook = readModel(site.root);
      const redirects = new Set(handbook.redirects.map(({ from }) => pagePath(from)));
      const pages = readPages(site)
        .map((built) => built.path)
        .filter((path) => path !== '404.html' && !redirects.has(path));
      const locs = [...readFileSync(sitemapFile, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
      expect(locs.sort()).toEqual(pages.map((path) => new URL(`${site.base}${path}`, testSite).href).sort());
    });

    it('is named by robots.txt', () => {
      expect(robots).toBe(
        `User-agent: *\nAllow: /\nSitemap: ${new URL(`${site.base}sitemap.xml`, testSite).href}\n`,
      );
    });
  } else {
    it('has no sitemap without the site’s address, and robots.txt names none', () => {
      expect(existsSync(sitemapFile)).toBe(false);
      expect(robots).toBe('User-agent: *\nAllow: /\n');
    });
  }
});
