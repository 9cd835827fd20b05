/**
 * `/items.csv` (src/site/exports/items-csv.ts) on the Level 4 fixture, the fixture ladder and the
 * fixture matrix: a real CSV parser reads it, one row per item in the columns the import reads, and
 * it round-trips: imported (`npm run import`'s path) into a copy of the fixture whose item sections
 * were removed, it compiles into the same items, in the same levels and sections, words, sub-points
 * and attributes alike.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { importSpreadsheet } from '../../src/cli/authoring/import';
import { splitSubpoints } from '../../src/cli/authoring/import-rows';
import { compileContent } from '../../src/pipeline/compile';
import { allItems, type Handbook } from '../../src/pipeline/model/model';
import { itemsCsv, itemsCsvColumns, subpointsCell } from '../../src/site/exports/items-csv';
import { copyContent, removeCopies } from '../support/content-copy';
import { readModel } from '../support/content';
import { ladderFixture, level4Fixture, repoRoot } from '../support/sites';

afterEach(removeCopies);

const matrixFixture = join(repoRoot, 'tests/fixtures/matrix');
const fixtures = [
  ['the Level 4 fixture', level4Fixture],
  ['the fixture ladder', ladderFixture],
  ['the fixture matrix', matrixFixture],
] as const;

const site = 'https://handbook.example/handbook';
const canonical = (path: string) => `${site}${path}`;

/** The CSV read by a real parser, as the import reads it: the byte-order mark dropped. */
function parsed(text: string): { header: string[]; rows: Record<string, string>[] } {
  const [header = [], ...records] = parse(text, { bom: true, relax_column_count: false }) as string[][];
  return {
    header,
    rows: records.map((record) => Object.fromEntries(header.map((name, index) => [name, record[index] ?? '']))),
  };
}

/** Everything the import carries over, item by item, in reading order. */
const itemsOf = (handbook: Handbook) =>
  handbook.levels.flatMap((level) =>
    level.sections.flatMap((section) =>
      section.items.map((item) => ({
        level: level.id,
        competency: section.competency,
        kind: section.kind,
        title: section.title,
        lead: section.lead?.markdown,
        id: item.id,
        text: item.text.markdown,
        subpoints: item.subpoints.map((subpoint) => subpoint.markdown),
        attributes: item.attributes.map(({ scale, value }) => `${scale}=${value}`),
      })),
    ),
  );

describe('the sub-points cell', () => {
  it('numbers sub-points one per line, and the import reads them back, a sub-point that starts with a marker too', () => {
    const subpoints = ['First, with a comma', '- a dash "quoted"', '2. a number'];
    expect(subpointsCell(subpoints)).toBe('1. First, with a comma\n2. - a dash "quoted"\n3. 2. a number');
    expect(splitSubpoints(subpointsCell(subpoints))).toEqual(subpoints);
    expect(subpointsCell([])).toBe('');
  });
});

describe('quoting', () => {
  it('quotes a field with a comma, a quote or a line break, doubling its quotes, and leaves others bare', () => {
    const handbook = structuredClone(readModel(ladderFixture));
    const [first] = allItems(handbook);
    if (!first) throw new Error('no item');
    first.text.markdown = 'Says "fixture", then\nmore';
    first.id = 'fixture-plain';
    const line = itemsCsv(handbook).split('\r\n')[1] ?? '';
    expect(line).toContain(',fixture-plain,"Says ""fixture"", then\nmore",');
  });
});

describe.each(fixtures)('/items.csv of %s', (_name, fixture) => {
  const handbook = readModel(fixture);
  const text = itemsCsv(handbook, canonical);

  it('is RFC 4180 CSV with a UTF-8 byte-order mark and CRLF line ends, one row per item', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    // Every record ends with CRLF; a bare LF is only ever inside a quoted cell (a sub-points list).
    expect(text.endsWith('\r\n')).toBe(true);
    const outsideQuotes = text.replace(/"(?:[^"]|"")*"/g, '""');
    expect(outsideQuotes).not.toMatch(/[^\r]\n/);
    const { header, rows } = parsed(text);
    expect(header).toEqual(itemsCsvColumns(handbook));
    expect(header).toEqual(expect.arrayContaining(['competency', 'level', 'section', 'id', 'text', 'subpoints', 'url', 'version']));
    expect(rows.map((row) => `${row['level']}#${row['id']}`)).toEqual(allItems(handbook).map((item) => `${item.level}#${item.id}`));
    expect(rows.length).toBeGreaterThan(0);
  });

  it('gives each item its words, sub-points, attributes, canonical URL and the version', () => {
    const { rows } = parsed(text);
    const items = allItems(handbook);
    rows.forEach((row, index) => {
      const item = items[index];
      if (!item) throw new Error(`no item for row ${index + 2}`);
      expect(row['text']).toBe(item.text.markdown);
      expect(splitSubpoints(row['subpoints'] ?? '')).toEqual(item.subpoints.map((subpoint) => subpoint.markdown));
      for (const attribute of item.attributes) expect(row[attribute.scale]).toBe(attribute.value);
      expect(row['url']).toBe(`${site}${item.url}`);
      expect(row['version']).toBe(handbook.version ?? '');
    });
  });

  it('round-trips through the import: the same items, levels, sections, words, sub-points and attributes', () => {
    const copy = copyContent(fixture);
    // Remove every section file that has items: the import must write them all again.
    const sectionFiles = new Set(
      handbook.levels.flatMap((level) => level.sections.filter((section) => section.items.length > 0).map((section) => section.source.file)),
    );
    expect(sectionFiles.size).toBeGreaterThan(0);
    for (const file of sectionFiles) rmSync(copy.path(file));
    copy.write('items.csv', text);
    const result = importSpreadsheet(copy.root, { items: { path: copy.path('items.csv'), name: 'items.csv' } });
    expect(result.lines.join('\n')).toMatch(new RegExp(`^Imported ${allItems(handbook).length} items? `));
    expect(result.ok).toBe(true);
    const { handbook: imported, problems } = compileContent(copy.root);
    expect(problems).toEqual([]);
    if (!imported) throw new Error('no model');
    expect(itemsOf(imported)).toEqual(itemsOf(handbook));
  });
});
