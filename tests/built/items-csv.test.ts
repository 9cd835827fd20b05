/**
 * The built `/items.csv` of the Level 4 fixture and the fixture ladder, at the root and under
 * /handbook/: it is there, a real CSV parser reads it (the byte-order mark aside), it has a row per
 * item in the columns the import reads, every row names the framework's version (empty for the ladder,
 * which declares none), and every item's
 * URL leads to its item in the built site (absolute where the build was given its address).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { allItems } from '../../src/pipeline/model/model';
import { resolveLink } from '../support/checks/links';
import { readModel } from '../support/content';
import { page } from '../support/html';
import { ladderSites, level4Sites, type BuiltSite } from '../support/sites';

describe.each([...level4Sites, ...ladderSites])('/items.csv, $name', (site: BuiltSite) => {
  const text = readFileSync(join(site.dir, 'items.csv'), 'utf8');
  const [header = [], ...records] = parse(text, { bom: true }) as string[][];
  const rows = records.map((record) =>
    Object.fromEntries(header.map((name, index) => [name, record[index] ?? ''])),
  );
  const handbook = readModel(site.root);

  it('is CSV with a row per item, in the columns the import reads, each naming the version', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(header).toEqual(
      expect.arrayContaining(['competency', 'level', 'section', 'id', 'text', 'subpoints', 'url', 'version']),
    );
    expect(rows.map((row) => `${row['level']}#${row['id']}`)).toEqual(
      allItems(handbook).map((item) => `${item.level}#${item.id}`),
    );
    // The Level 4 fixture declares a version; the ladder declares none, and nothing is versioned then.
    if (level4Sites.includes(site)) expect(handbook.version).toMatch(/^\d{4}\.\d+$/);
    else expect(handbook.version).toBeUndefined();
    expect(new Set(rows.map((row) => row['version']))).toEqual(new Set([handbook.version ?? '']));
  });

  it('gives every item a URL that leads to it in the built site', () => {
    const home = page(site, '');
    const broken: string[] = [];
    for (const row of rows) {
      const url = row['url'] ?? '';
      let href = url;
      if (site.site) {
        // Absolute from the site's address; resolved in the built files by its path.
        const absolute = new URL(url);
        if (absolute.origin !== new URL(site.site).origin) broken.push(`${url}: not on ${site.site}`);
        href = `${absolute.pathname}${absolute.hash}`;
      } else if (!url.startsWith(site.base)) broken.push(`${url}: not under ${site.base}`);
      const target = resolveLink(site, home, href);
      if (typeof target === 'string') broken.push(target);
      else if (target.hash !== row['id'] || !target.page?.document.querySelector(`[id="${target.hash}"]`)) {
        broken.push(`${url}: no #${row['id']} on ${target.file}`);
      }
    }
    expect(broken).toEqual([]);
    expect(rows.length).toBeGreaterThan(0);
  });
});
