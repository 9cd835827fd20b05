/** Reads a built site's HTML pages, parsed, with the URL path each one is served at. */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import type { BuiltSite } from './sites';

export interface BuiltPage {
  /** The page's path below the base, as linked: `levels/4/`, `404.html`, `` for the home page. */
  path: string;
  file: string;
  html: string;
  document: HTMLElement;
}

const cache = new Map<string, BuiltPage[]>();

export function readPages(site: BuiltSite): BuiltPage[] {
  const cached = cache.get(site.dir);
  if (cached) return cached;
  const pages = globSync('**/*.html', { cwd: site.dir })
    .sort()
    .map((file) => {
      const html = readFileSync(join(site.dir, file), 'utf8');
      const path = file.replace(/(^|\/)index\.html$/, '$1');
      return { path, file, html, document: parse(html) };
    });
  cache.set(site.dir, pages);
  return pages;
}

/** The page path (`levels/4/`) of a model URL (`/levels/4/#id`). */
export function pagePath(url: string): string {
  return url.replace(/^\//, '').replace(/#.*$/, '');
}

export function page(site: BuiltSite, path: string): BuiltPage {
  const found = readPages(site).find((candidate) => candidate.path === path);
  if (!found) throw new Error(`${site.name}: no page at ${path}`);
  return found;
}

/**
 * The words a reader sees in an element, comparable with the source's plain text: entities decoded,
 * whitespace collapsed, typographic quotes and apostrophes made straight.
 */
export function readableText(element: HTMLElement): string {
  // `structuredText` separates block elements (list items, headings, paragraphs) as a browser does.
  return normalize(element.structuredText);
}

export function normalize(text: string): string {
  return text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
}

/** The first element matching `selector`; a missing element fails the test that asked for it. */
export function find(element: HTMLElement, selector: string): HTMLElement {
  const found = element.querySelector(selector);
  if (!found) throw new Error(`no element matches ${selector}`);
  return found;
}

/** The readable text of the first element matching `selector`. */
export function textOf(element: HTMLElement, selector: string): string {
  return readableText(find(element, selector));
}

/**
 * Whether a published URL is a data file the pages read (the changelog's feed, since-a-release data),
 * served as the file it names, rather than a page served as `index.html`.
 */
export function isDataFile(url: string): boolean {
  return /\.(xml|json|md|csv)$/.test(url.replace(/#.*$/, ''));
}
