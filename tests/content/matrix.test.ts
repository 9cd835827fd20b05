/**
 * The fixture competency matrix (tests/fixtures/matrix/): a framework shaped like a real competency
 * matrix, which declares its own kind of section and a proficiency scale, and has sub-points and UUID
 * ids. It compiles into the model as written, and its mistakes are reported like any other, at
 * `file:line:col field`.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/pipeline/compile';
import { allItems } from '../../src/pipeline/model/model';
import { formatProblem } from '../../src/pipeline/problems';
import { copyContent, removeCopies } from '../support/content-copy';
import { repoRoot } from '../support/sites';

const matrix = join(repoRoot, 'tests/fixtures/matrix');
const { handbook, problems } = compileContent(matrix);
const statements = 'content/sections/level-fixture-3/fixture-coding/statements.mdx';

afterEach(removeCopies);

/** The problems of a copy of the matrix with `file` changed by `change`. */
function problemsAfter(file: string, change: (text: string) => string): string[] {
  const copy = copyContent(matrix);
  copy.edit(file, change);
  return compileContent(copy.root).problems.map(formatProblem);
}

describe('the fixture competency matrix', () => {
  it('compiles with no problem', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('has eight levels forking into two tracks, nine competencies and one statement each', () => {
    expect(handbook?.levels).toHaveLength(8);
    expect(new Set(handbook?.levels.map((level) => level.track))).toEqual(new Set([undefined, 'ic', 'manager']));
    expect(handbook?.competencies).toHaveLength(9);
    expect(handbook && allItems(handbook)).toHaveLength(72);
  });

  it('takes its own kind of section, not the default ones', () => {
    expect(handbook?.sectionKinds.map((kind) => kind.id)).toEqual(['statements']);
    const level = handbook?.levels[0];
    expect(level?.sections.every((section) => section.layout === 'statements')).toBe(true);
    expect(level?.sectionPages.map((page) => page.url)).toEqual(['/levels/fixture-1/statements/']);
  });

  it("gives each item its proficiency apart from its words, and the rubric the framework's scale", () => {
    const items = handbook ? allItems(handbook) : [];
    for (const item of items) {
      expect(item.attributes, item.id).toEqual([
        expect.objectContaining({ scale: 'proficiency', title: 'Fixture proficiency' }),
      ]);
      expect(item.text.plain, item.id).not.toMatch(/proficiency|Awareness|Expert/);
    }
    expect(handbook?.rubricScale?.values).toEqual(['Awareness', 'Working knowledge', 'Practitioner', 'Expert']);
    expect(handbook?.scales[0]?.searchFilter).toBe(true);
  });

  it('keeps sub-points as a list apart from the words, and UUIDs as anchors', () => {
    const withPoints = (handbook ? allItems(handbook) : []).filter((item) => item.subpoints.length > 0);
    expect(withPoints.length).toBeGreaterThan(0);
    for (const item of withPoints) {
      expect(item.subpoints.map((point) => point.plain)).toHaveLength(2);
      expect(item.text.plain).not.toContain('sub-point');
      expect(item.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(item.url).toBe(`/levels/${item.level}/#${item.id}`);
    }
  });

  it('reports a value that is not on its scale, a scale it does not declare, and empty sub-points', () => {
    expect(problemsAfter(statements, (text) => text.replace(/proficiency: .*/, 'proficiency: Guru'))).toEqual([
      `${statements}:12:7 items[0].attributes.proficiency must be one of the Fixture proficiency scale's values: Awareness, Working knowledge, Practitioner, Expert`,
    ]);
    expect(problemsAfter(statements, (text) => text.replace('proficiency:', 'seniority:'))).toEqual([
      `${statements}:12:7 items[0].attributes.seniority unknown field "seniority": check its spelling, or remove it`,
    ]);
    expect(
      problemsAfter(statements, (text) => text.replace(/subpoints:\n(\s+- .*\n)+/, 'subpoints: []\n')),
    ).toEqual([`${statements}:8:5 items[0].subpoints must list at least one sub-point, or be left out`]);
  });

  it('reports a section of a kind it does not declare, listing the kinds it does', () => {
    expect(problemsAfter(statements, (text) => text.replace('kind: statements', 'kind: key-behaviors'))).toEqual([
      `${statements}:4:1 kind expected one of: statements; found "key-behaviors"`,
    ]);
  });
});
