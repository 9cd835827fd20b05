/**
 * The built exports: `/framework.json` and `/levels/<level>.json` match their zod schemas and the JSON
 * Schemas published beside them name them; each names the framework's version and its schemaVersion;
 * every URL in them (and every link in their HTML words) resolves to a built page and anchor; each
 * level's Markdown has one citation link per item, and the level page links to its exports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allItems } from '../../src/pipeline/model/model';
import { frameworkExportSchema, levelExportSchema } from '../../src/schemas/exports';
import { resolveLink } from '../support/checks/links';
import { page } from '../support/html';
import { readModel } from '../support/content';
import { ladderSites, level4Sites, type BuiltSite } from '../support/sites';

const read = (site: BuiltSite, file: string) => readFileSync(join(site.dir, file), 'utf8');

/** Every URL an export names: its `url` and `$schema` fields, and the links in its HTML words. */
function urlsIn(text: string): string[] {
  return [
    ...[...text.matchAll(/"(?:url|\$schema)":"([^"]+)"/g)].map((match) => match[1] ?? ''),
    ...[...text.matchAll(/href=\\"([^"\\]+)\\"/g)].map((match) => match[1] ?? ''),
  ];
}

/** Why `url` does not resolve in the built site, or undefined when it does (its anchor too). */
function unresolved(site: BuiltSite, url: string): string | undefined {
  const local = site.site && url.startsWith(site.site) ? url.slice(site.site.length) : url;
  if (/^https?:/.test(local)) return undefined; // an author's link to another site
  const target = resolveLink(site, page(site, ''), local);
  if (typeof target === 'string') return target;
  if (target.hash && !target.page?.document.querySelector(`[id="${target.hash}"]`)) {
    return `no #${target.hash} on ${target.file}`;
  }
  return undefined;
}

describe.each([...level4Sites, ...ladderSites])('the exports, $name', (site) => {
  const handbook = readModel(site.root);
  const base = site.site ? `${site.site}${site.base}` : site.base;

  it('/framework.json matches its schema, names the version and schemaVersion, and every URL in it resolves', () => {
    const text = read(site, 'framework.json');
    const exported = frameworkExportSchema.parse(JSON.parse(text));
    expect(exported.schemaVersion).toBe(1);
    expect(exported.version).toBe(handbook.version);
    expect(exported.$schema).toBe(`${base}schemas/framework.schema.json`);
    const items = exported.competencies.flatMap((c) =>
      c.levels.flatMap((l) => l.sections.flatMap((s) => s.items)),
    );
    expect(items).toHaveLength(allItems(handbook).length);
    const urls = urlsIn(text);
    expect(urls.length).toBeGreaterThan(items.length);
    expect(urls.flatMap((url) => unresolved(site, url) ?? [])).toEqual([]);
  });

  it('/levels/<level>.json matches its schema for every level, and every URL in it resolves', () => {
    for (const level of handbook.levels) {
      const text = read(site, `levels/${level.id}.json`);
      const exported = levelExportSchema.parse(JSON.parse(text));
      expect(exported.version).toBe(handbook.version);
      expect(exported.schemaVersion).toBe(1);
      expect(exported.$schema).toBe(`${base}schemas/level.schema.json`);
      expect(exported.level.id).toBe(level.id);
      expect(urlsIn(text).flatMap((url) => unresolved(site, url) ?? [])).toEqual([]);
    }
  });

  it('publishes the JSON Schemas the exports name', () => {
    for (const name of ['framework', 'level']) {
      const schema = JSON.parse(read(site, `schemas/${name}.schema.json`)) as Record<string, unknown>;
      expect(schema.type).toBe('object');
      expect(schema.required).toEqual(expect.arrayContaining(['$schema', 'schemaVersion', 'name']));
    }
  });

  it('/levels/<level>.md has one resolving citation link per item', () => {
    for (const level of handbook.levels) {
      const markdown = read(site, `levels/${level.id}.md`);
      const links = [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] ?? '');
      expect(links).toHaveLength(level.sections.flatMap((section) => section.items).length);
      expect(links.flatMap((url) => unresolved(site, url) ?? [])).toEqual([]);
      if (handbook.version) expect(markdown).toContain(`version ${handbook.version}`);
    }
  });

  it("links each level page to the level's JSON and Markdown", () => {
    for (const level of handbook.levels) {
      const hrefs = page(site, `levels/${level.id}/`)
        .document.querySelectorAll('a')
        .map((a) => a.getAttribute('href'));
      expect(hrefs).toEqual(
        expect.arrayContaining([`${site.base}levels/${level.id}.json`, `${site.base}levels/${level.id}.md`]),
      );
    }
  });
});
