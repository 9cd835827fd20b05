/**
 * The exports as the build calls them (src/site/exports/): with the build's address and base (none
 * and `/` under the tests), with several competencies, and with the framework's scales as columns.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/pipeline/compile';
import { frameworkExport } from '../../src/site/exports/framework-json';
import { itemsCsv } from '../../src/site/exports/items-csv';
import { levelMarkdown } from '../../src/site/exports/level-markdown';
import { readModel } from '../support/content';
import { ladderFixture, repoRoot } from '../support/sites';

describe('the exports with the build’s place', () => {
  const ladder = readModel(ladderFixture);

  it('write root-relative URLs without a site address', () => {
    const exported = frameworkExport(ladder);
    expect(exported.competencies[0]?.levels[0]?.url).toMatch(/^\/levels\//);
  });

  it('head each competency of a level in its Markdown where there are several', () => {
    const level = ladder.levels.find((candidate) => new Set(candidate.sections.map((s) => s.competency)).size > 1);
    if (!level) throw new Error('the ladder has no level of several competencies');
    const markdown = levelMarkdown(ladder, level);
    for (const competency of ladder.competencies.filter((c) => level.sections.some((s) => s.competency === c.id)))
      expect(markdown).toContain(`\n## ${competency.title}\n`);
  });

  it('give each of the framework’s scales a column, empty where an item has no value', () => {
    const { handbook } = compileContent(join(repoRoot, 'tests/fixtures/matrix'));
    if (!handbook) throw new Error('the matrix fixture does not compile');
    const [header = '', ...rows] = itemsCsv(handbook).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    for (const scale of handbook.scales) expect(header.split(',')).toContain(scale.id);
    expect(rows.length).toBeGreaterThan(0);
  });
});
