/**
 * Byte budgets, exact, over every built page: what a reader downloads to read a page (HTML and its
 * CSS, gzip) and the JavaScript that runs on load (inline scripts, script files and what they import
 * statically; code loaded later by `import()` is not counted). A failing budget names the page. Run
 * on the fixtures by the product tests and on `content/` by the content tests.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPages, type BuiltPage } from '../html';
import type { BuiltSite } from '../sites';

export const PAGE_BUDGET = 14 * 1024;
export const SCRIPT_BUDGET = 2 * 1024;
const gzip = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

/** A URL of the site (`/handbook/_astro/x.js`) as a file of its build. */
const fileOf = (site: BuiltSite, url: string) => join(site.dir, url.slice(site.base.length));

/** Static imports of a module: `import"./a.js"`, `import{x}from"./b.js"`, never `import("./c.js")`. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[;\s}])import\s*(?:[^"'();]*?\bfrom\s*)?["']([^"']+\.js)["']/g)].map(
    (match) => match[1] ?? '',
  );
}

/** Every script file a page runs on load, its static imports followed. */
function scriptFiles(site: BuiltSite, built: BuiltPage): string[] {
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const imported of staticImports(readFileSync(file, 'utf8'))) visit(resolve(dirname(file), imported));
  };
  for (const script of built.document.querySelectorAll('script[src]'))
    visit(fileOf(site, script.getAttribute('src') ?? ''));
  return [...files];
}

/** A page's HTML and its stylesheets, gzip. */
export function pageBytes(site: BuiltSite, built: BuiltPage): number {
  const css = built.document
    .querySelectorAll('link[rel="stylesheet"]')
    .reduce((sum, link) => sum + gzip(readFileSync(fileOf(site, link.getAttribute('href') ?? ''))), 0);
  return gzip(built.html) + css;
}

/** The JavaScript a page runs on load, gzip: inline scripts and script files with their static imports. */
function scriptBytes(site: BuiltSite, built: BuiltPage): number {
  const inline = built.document
    .querySelectorAll('script:not([src])')
    .reduce((sum, script) => sum + gzip(script.text), 0);
  return inline + scriptFiles(site, built).reduce((sum, file) => sum + gzip(readFileSync(file)), 0);
}

export function describeBudgets(site: BuiltSite): void {
  describe(`budgets, ${site.name}`, () => {
    const pages = readPages(site).map((built) => ({ built, name: `/${built.path}` }));

    it('has pages to measure: the home, search and not-found pages, and a level', () => {
      expect(pages.map(({ name }) => name)).toEqual(expect.arrayContaining(['/', '/search/', '/404.html']));
      expect(pages.length).toBeGreaterThan(3);
    });

    it.each(pages)(`keeps $name within ${PAGE_BUDGET / 1024} KB gzip of HTML and CSS`, ({ built }) => {
      expect(pageBytes(site, built)).toBeLessThanOrEqual(PAGE_BUDGET);
    });

    it.each(pages)(
      `runs at most ${SCRIPT_BUDGET / 1024} KB gzip of JavaScript on load on $name`,
      ({ built }) => {
        expect(scriptBytes(site, built)).toBeLessThanOrEqual(SCRIPT_BUDGET);
      },
    );
  });
}
