/**
 * A first visit (issue 18): the home page says in two sentences what the handbook is for and how to use
 * it, with links to a level, the case and the rubric(s); the home, search and 404 pages link the case
 * and every level's rubric; every such link resolves under the base path. On the Level 4 fixture (one
 * level) and the fixture ladder (several), each built at `/` and under `/handbook/`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { page, readableText, textOf } from '../support/html';
import { readModel } from '../support/content';
import { ladderSites, level4Sites, type BuiltSite } from '../support/sites';

/** The hrefs of the links inside `selector` on the page at `path`. */
function hrefs(site: BuiltSite, path: string, selector: string): string[] {
  return page(site, path)
    .document.querySelectorAll(`${selector} a[href]`)
    .map((link) => link.getAttribute('href') ?? '');
}

/** Whether `href`, a link under the site's base, names a page the site has. */
function resolves(site: BuiltSite, href: string): boolean {
  if (!href.startsWith(site.base)) return false;
  const path = href.slice(site.base.length).replace(/#.*$/, '');
  return existsSync(join(site.dir, path, path === '' || path.endsWith('/') ? 'index.html' : ''));
}

describe.each([...level4Sites, ...ladderSites])('orientation, $name', (site) => {
  const handbook = readModel(site.root);
  const caseHref = `${site.base}case/`;
  const rubricHrefs = handbook.levels.map((level) => `${site.base}levels/${level.id}/rubric/`);

  it('says on the home page, before the search box, what the handbook is for and how to use it', () => {
    const hero = page(site, '').document.querySelector('.hero');
    const words = readableText(hero?.querySelector('[data-how-to-use] p') ?? page(site, '').document);
    expect(words).toMatch(new RegExp(`^Use ${handbook.name} to see where you stand`));
    expect(words).toMatch(/Read a level, cite a behavior with Copy citation .*your case.*rubric.*\.$/);
    // Two sentences: what it is for, then how to use it.
    expect(words.split(/(?<=\.)\s+(?=[A-Z])/)).toHaveLength(2);
    const html = hero?.innerHTML ?? '';
    expect(html.indexOf('data-how-to-use')).toBeGreaterThan(-1);
    expect(html.indexOf('data-how-to-use')).toBeLessThan(html.indexOf('data-search'));
  });

  it('links the home page to a level, the case and every level’s rubric, under the base path', () => {
    const links = hrefs(site, '', '[data-how-to-use]');
    expect(links).toContain(caseHref);
    for (const rubric of rubricHrefs) expect(links).toContain(rubric);
    const [only] = handbook.levels.length === 1 ? handbook.levels : [];
    expect(links).toContain(only ? `${site.base}levels/${only.id}/` : '#levels');
    for (const href of links.filter((link) => !link.startsWith('#')))
      expect(resolves(site, href), href).toBe(true);
  });

  it.each(['search/', '404.html'])('links %s to the case and every level’s rubric', (path) => {
    const links = hrefs(site, path, 'main [data-tool-links]');
    expect(links).toEqual([caseHref, `${site.base}calibrate/`, ...rubricHrefs]);
    for (const href of links) expect(resolves(site, href), href).toBe(true);
    const line = textOf(page(site, path).document, 'main [data-tool-links]');
    expect(line).toMatch(/^Tools: My case · /);
  });

  it('indexes the case and each rubric page for search by one small element, not their rows', () => {
    for (const path of ['case/', ...handbook.levels.map((level) => `levels/${level.id}/rubric/`)]) {
      const document = page(site, path).document;
      const bodies = document.querySelectorAll('[data-pagefind-body]');
      expect(bodies, path).toHaveLength(1);
      expect(bodies[0]?.hasAttribute('hidden'), path).toBe(true);
      expect(bodies[0]?.querySelectorAll('a, input, textarea, table, li'), path).toHaveLength(0);
      expect(bodies[0]?.querySelector('[data-pagefind-meta="tool"]')?.text, path).toBeTruthy();
    }
  });
});
