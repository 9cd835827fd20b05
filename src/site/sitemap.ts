/**
 * The sitemap and robots.txt. The sitemap lists every page the handbook publishes (the permalink
 * guard's pages: no anchors, no data files), absolute from the site's address, and nothing else: not
 * the not-found page, nor the redirect pages of a level's former ids. It needs the site's address
 * (HANDBOOK_SITE), since a sitemap's addresses are absolute; without one there is none, and
 * robots.txt does not name it.
 *
 * Written here rather than by `@astrojs/sitemap`, which lists every HTML file Astro writes (redirect
 * pages and the not-found page among them) and can only filter by address, which does not say which
 * pages are redirects; the model does.
 */
import { escapeHtml } from '../client/citation';
import type { Handbook } from '../pipeline/model/model';
import { publishedUrls } from '../pipeline/urls/permalinks';

/** A data file the handbook publishes (`/changes/feed.xml`, `/framework.json`): not a page. */
const dataFile = /\.[a-z]+$/;

/** The handbook's pages, root-relative and without the base: what the sitemap lists. */
export function sitemapPages(handbook: Handbook): string[] {
  return publishedUrls(handbook).filter((url) => !url.includes('#') && !dataFile.test(url));
}

/** The sitemap of `pages`, each made absolute by `absolute`. */
export function sitemapXml(pages: readonly string[], absolute: (path: string) => string): string {
  const urls = pages.map((page) => `<url><loc>${escapeHtml(absolute(page))}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** robots.txt: everything may be crawled; the sitemap named where there is one. */
export function robotsTxt(sitemap: string | undefined): string {
  return ['User-agent: *', 'Allow: /', ...(sitemap ? [`Sitemap: ${sitemap}`] : [])].join('\n') + '\n';
}
