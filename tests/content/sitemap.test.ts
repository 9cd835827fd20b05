/** What the sitemap lists (src/site/sitemap.ts): the handbook's pages, no anchors and no data files. */
import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapPages, sitemapXml } from '../../src/site/sitemap';
import { readModel } from '../support/content';
import { level4Fixture } from '../support/sites';

describe('the sitemap', () => {
  const pages = sitemapPages(readModel(level4Fixture));

  it('lists the pages the handbook publishes, without anchors or data files', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/levels/4/', '/levels/4/rubric/', '/case/', '/changes/']));
    expect(pages.filter((url) => url.includes('#') || /\.[a-z]+$/.test(url))).toEqual([]);
  });

  it('writes each address absolute and escaped', () => {
    const xml = sitemapXml(['/', '/a&b/'], (path) => `https://h.example${path}`);
    expect(xml).toContain('<url><loc>https://h.example/</loc></url>\n<url><loc>https://h.example/a&amp;b/</loc></url>');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(true);
  });

  it('is named by robots.txt where there is one', () => {
    expect(robotsTxt('https://h.example/sitemap.xml')).toBe('User-agent: *\nAllow: /\nSitemap: https://h.example/sitemap.xml\n');
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
  });
});
