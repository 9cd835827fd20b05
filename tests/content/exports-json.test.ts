/**
 * The JSON and Markdown exports (src/site/exports/), built from the fixtures' models: they match their
 * zod schemas, carry every item once with its words, sub-points, attributes and canonical URL, and
 * honour the site's address and base path.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/pipeline/compile';
import { allItems, type Handbook } from '../../src/pipeline/model/model';
import { frameworkExportSchema, levelExportSchema, exportJsonSchemas } from '../../src/schemas/exports';
import { frameworkExport, levelExport } from '../../src/site/exports/framework-json';
import { levelMarkdown } from '../../src/site/exports/level-markdown';
import { escapeMarkdown } from '../../src/client/citation';
import { readModel } from '../support/content';
import { ladderFixture, level4Fixture, repoRoot } from '../support/sites';

const matrix = (): Handbook => {
  const { handbook } = compileContent(join(repoRoot, 'tests/fixtures/matrix'));
  if (!handbook) throw new Error('the matrix fixture has problems');
  return handbook;
};
const handbooks: [string, () => Handbook][] = [
  ['level-4', () => readModel(level4Fixture)],
  ['ladder', () => readModel(ladderFixture)],
  ['matrix', matrix],
];
const rootPlace = { site: undefined, base: '/' };
const sitePlace = { site: 'https://handbook.example', base: '/handbook/' };

describe.each(handbooks)('the exports of the %s fixture', (_name, read) => {
  const handbook = read();

  it('/framework.json matches its schema and holds every item once, with its canonical URL', () => {
    const exported = frameworkExportSchema.parse(frameworkExport(handbook, rootPlace));
    expect(exported.schemaVersion).toBe(1);
    expect(exported.name).toBe(handbook.name);
    expect(exported.version).toBe(handbook.version);
    expect(exported.$schema).toBe('/schemas/framework.schema.json');
    const items = exported.competencies.flatMap((c) => c.levels.flatMap((l) => l.sections.flatMap((s) => s.items)));
    const model = allItems(handbook);
    expect(items.map((item) => item.url).sort()).toEqual(model.map((item) => item.url).sort());
    for (const item of items) {
      const source = model.find((candidate) => candidate.url === item.url);
      expect(item.id).toBe(source?.id);
      expect(item.text).toBe(source?.text.plain);
      expect(item.subpoints.map((point) => point.text)).toEqual(source?.subpoints.map((point) => point.plain));
      expect(item.attributes.map((a) => `${a.scale}=${a.value}`)).toEqual(
        source?.attributes.map((a) => `${a.scale}=${a.value}`),
      );
    }
  });

  it('/levels/<level>.json holds exactly its level, and names the version', () => {
    for (const level of handbook.levels) {
      const exported = levelExportSchema.parse(levelExport(handbook, level, rootPlace));
      expect(exported.version).toBe(handbook.version);
      expect(exported.level.id).toBe(level.id);
      expect(exported.level.url).toBe(level.url);
      const ids = exported.level.competencies.flatMap((c) => c.sections.flatMap((s) => s.items.map((i) => i.id)));
      expect(ids).toEqual(level.sections.flatMap((s) => s.items.map((i) => i.id)));
    }
  });

  it('cites absolute URLs under the base when the site has an address, links in HTML too', () => {
    const exported = frameworkExport(handbook, sitePlace);
    expect(exported.$schema).toBe('https://handbook.example/handbook/schemas/framework.schema.json');
    const text = JSON.stringify(exported);
    const urls = [...text.matchAll(/"url":"([^"]*)"/g)].map((match) => match[1]);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^https:\/\/handbook\.example\/handbook\//);
    expect(text).not.toMatch(/href=\\"\/(?!\/)/);
  });

  it('/levels/<level>.md is one citation link per item, under a heading per section', () => {
    for (const level of handbook.levels) {
      const markdown = levelMarkdown(handbook, level, sitePlace);
      expect(markdown.startsWith(`# ${level.title}\n`)).toBe(true);
      const links = [...markdown.matchAll(/^- \[.*\]\((https:[^)]*)\)$/gm)].map((match) => match[1]);
      expect(links).toEqual(level.sections.flatMap((s) => s.items.map((i) => `https://handbook.example/handbook${i.url}`)));
      const headings = new Set(markdown.match(/^#{2,3} .*$/gm)?.map((line) => line.replace(/^#+ /, '')));
      for (const section of level.sections) expect(headings).toContain(escapeMarkdown(section.title));
      for (const item of level.sections.flatMap((s) => s.items)) {
        item.subpoints.forEach((point, index) =>
          expect(markdown).toContain(`\n   ${index + 1}. ${escapeMarkdown(point.plain.replace(/\s+/g, ' ').trim())}\n`),
        );
      }
    }
  });
});

describe('the matrix fixture, which has sub-points and attributes', () => {
  it('exports them, with their scale titles', () => {
    const items = frameworkExport(matrix(), rootPlace).competencies.flatMap((c) =>
      c.levels.flatMap((l) => l.sections.flatMap((s) => s.items)),
    );
    const withPoints = items.find((item) => item.subpoints.length > 0);
    const withAttributes = items.find((item) => item.attributes.length > 0);
    expect(withPoints?.subpoints[0]?.html).toBeTruthy();
    expect(withAttributes?.attributes[0]?.title).toBeTruthy();
  });
});

describe('the JSON Schemas published beside the exports', () => {
  it('describe an object with schemaVersion 1 and the fields consumers read', () => {
    const { framework, level } = exportJsonSchemas();
    for (const schema of [framework, level]) {
      const properties = schema.properties as Record<string, { const?: unknown }>;
      expect(properties.schemaVersion?.const).toBe(1);
      expect(Object.keys(properties)).toEqual(expect.arrayContaining(['$schema', 'name', 'version']));
    }
    expect(JSON.stringify(framework)).toContain('"subpoints"');
    expect(JSON.stringify(level)).toContain('"attributes"');
  });
});
