/**
 * What a page says about itself to search engines and link previews, on the built fixtures: a
 * description of its own (no two level or section pages alike), Open Graph and Twitter card meta that
 * repeat its title and description, its canonical address where the site's address is configured,
 * and a web app manifest that names the handbook.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPages } from '../support/html';
import { ladderSites, level4Sites } from '../support/sites';

describe.each([...level4Sites, ...ladderSites])('page meta, $name', (site) => {
  const pages = readPages(site).filter(
    ({ document }) => !document.querySelector('meta[http-equiv="refresh"]'),
  );
  const meta = (document: (typeof pages)[number]['document'], selector: string) =>
    document.querySelector(`meta[${selector}]`)?.getAttribute('content');

  it('gives every level and section page a description of its own', () => {
    const own = pages.filter(({ path }) => path.startsWith('levels/') && !path.endsWith('rubric/'));
    const descriptions = own.map(({ document }) => meta(document, 'name="description"') ?? '');
    expect(descriptions.every((text) => text.length > 20 && text.length <= 160)).toBe(true);
    expect(new Set(descriptions).size).toBe(descriptions.length);
  });

  it('repeats the title and description for link previews, with the canonical address where there is one', () => {
    for (const { path, document } of pages) {
      expect(meta(document, 'property="og:description"'), path).toBe(meta(document, 'name="description"'));
      expect(document.querySelector('title')?.text, path).toContain(
        meta(document, 'property="og:title"') ?? '?',
      );
      const card = meta(document, 'property="og:image"') ? 'summary_large_image' : 'summary';
      expect(meta(document, 'name="twitter:card"'), path).toBe(card);
      const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(meta(document, 'property="og:url"'), path).toBe(canonical);
    }
  });

  it('previews a level’s pages with the level’s image, where the site’s address makes it absolute', () => {
    const levelPage = pages.find(({ path }) => /^levels\/[^/]+\/$/.test(path));
    const image = levelPage && meta(levelPage.document, 'property="og:image"');
    if (!site.site) {
      expect(image).toBeUndefined();
      return;
    }
    expect(image).toMatch(/^https:\/\/.+\/social\/[^/]+\.png$/);
    const file = join(site.dir, new URL(image ?? '').pathname.slice(site.base.length));
    expect(readFileSync(file).subarray(1, 4).toString('latin1')).toBe('PNG');
    if (levelPage) expect(meta(levelPage.document, 'name="twitter:card"')).toBe('summary_large_image');
  });

  it('links a web app manifest that names the handbook and starts at its home', () => {
    const [home] = pages;
    const href = home?.document.querySelector('link[rel="manifest"]')?.getAttribute('href') ?? '';
    expect(href).toBe(`${site.base}manifest.webmanifest`);
    const manifest = JSON.parse(readFileSync(join(site.dir, href.slice(site.base.length)), 'utf8')) as {
      name: string;
      start_url: string;
      icons: { src: string }[];
    };
    expect(manifest.start_url).toBe(site.base);
    expect(manifest.name.length).toBeGreaterThan(0);
    expect(manifest.icons[0]?.src).toBe(`${site.base}favicon.svg`);
  });
});
