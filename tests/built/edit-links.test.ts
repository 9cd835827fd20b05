/**
 * "Edit this page" and "Suggest an edit", in the built HTML: with a repository configured
 * (HANDBOOK_REPOSITORY, HANDBOOK_BRANCH), every level page links its MDX file in the repository's web
 * editor and every section on a section page a prefilled new issue with its words, version and
 * canonical link (with one competency, its file too); the pages stay within their byte budget. Without
 * a repository (the shared Level 4 builds), neither appears anywhere.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE_BUDGET, pageBytes } from '../support/checks/budgets';
import { readModel } from '../support/content';
import { page, pagePath, readPages } from '../support/html';
import { buildRepositoryHandbook, repositorySite } from '../support/own-builds';
import { level4Sites, type BuiltSite } from '../support/sites';

const { repository = '', branch = '' } = repositorySite;
const site = repositorySite;

const hrefs = (site: BuiltSite, path: string, kind: 'page' | 'suggest') =>
  page(site, path)
    .document.querySelectorAll(`a[data-edit="${kind}"]`)
    .map((link) => link.getAttribute('href') ?? '');

describe('edit links, with a repository', () => {
  beforeAll(async () => {
    await buildRepositoryHandbook();
  }, 600_000);

  it('links each level page to its MDX file on the branch', () => {
    const handbook = readModel(site.root);
    expect(handbook.levels.length).toBeGreaterThan(0);
    for (const level of handbook.levels) {
      expect(level.source.file).toMatch(/^content\/levels\/.+\.mdx$/);
      expect(existsSync(join(site.root, level.source.file))).toBe(true);
      expect(hrefs(site, pagePath(level.url), 'page')).toEqual([
        `${repository}/edit/${branch}/${level.source.file}`,
      ]);
    }
  });

  it('suggests an edit to each section on its page, prefilled, and links its file', () => {
    const handbook = readModel(site.root);
    let checked = 0;
    for (const level of handbook.levels) {
      for (const section of level.sections) {
        const path = pagePath(section.pageUrl);
        const link = `Link: ${site.base}${section.url.slice(1)}`;
        const url = hrefs(site, path, 'suggest')
          .map((href) => new URL(href))
          .find((candidate) => candidate.searchParams.get('body')?.includes(link));
        expect(url, `${path}: ${link}`).toBeDefined();
        expect(`${url?.origin}${url?.pathname}`).toBe(`${repository}/issues/new`);
        expect(url?.searchParams.get('title')).toMatch(/^Suggest an edit: /);
        const body = url?.searchParams.get('body') ?? '';
        if (handbook.version) expect(body).toContain(`Framework version: ${handbook.version}`);
        for (const item of section.items.slice(0, 3)) expect(body).toContain(`> ${item.id}: `);
        const ofKind = level.sections.filter((other) => other.kind === section.kind);
        if (ofKind.length === 1)
          expect(hrefs(site, path, 'page')).toEqual([`${repository}/edit/${branch}/${section.source.file}`]);
        expect(existsSync(join(site.root, section.source.file))).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(3);
  });

  it('gives every item a Suggest an edit button on its section page, and none on the level page', () => {
    const handbook = readModel(site.root);
    for (const level of handbook.levels) {
      expect(page(site, pagePath(level.url)).document.querySelectorAll('[data-suggest]')).toEqual([]);
      for (const section of level.sections) {
        const onPage = page(site, pagePath(section.pageUrl)).document;
        for (const item of section.items)
          expect(onPage.querySelector(`[id="${item.id}"] [data-suggest]`)?.getAttribute('aria-label')).toBe(
            `Suggest an edit: ${item.text.plain}`,
          );
      }
    }
  });

  it(`keeps every page within ${PAGE_BUDGET / 1024} KB gzip of HTML and CSS`, () => {
    const pages = readPages(site);
    expect(pages.length).toBeGreaterThan(3);
    for (const built of pages)
      expect(pageBytes(site, built), `/${built.path}`).toBeLessThanOrEqual(PAGE_BUDGET);
  });
});

describe.each(level4Sites)('edit links, without a repository: $name', (site) => {
  it('shows neither link on any page', () => {
    const pages = readPages(site);
    expect(pages.length).toBeGreaterThan(3);
    for (const built of pages)
      expect(built.document.querySelectorAll('a[data-edit], [data-suggest]'), built.path).toEqual([]);
  });
});
