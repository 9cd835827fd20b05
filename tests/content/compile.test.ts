/**
 * Content problems, as a maintainer meets them: one line each, `file:line:col field message`, every
 * problem at once, and naming every file involved. The fixture ladder (tests/fixtures/ladder/) is the
 * valid base; each case in tests/fixtures/invalid/ replaces one of its files.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/pipeline/compile';
import { z } from 'astro/zod';
import { describeIssue, fieldName, formatProblem, formatProblems } from '../../src/pipeline/problems';
import { ladderFixture, level4Fixture } from '../support/sites';
import { copyContent, removeCopies } from '../support/content-copy';

/** A copy of the fixture ladder with the named broken files put in the places they declare. */
function withBrokenFiles(...cases: string[]): string {
  const copy = copyContent();
  copy.spoil(...cases);
  return copy.root;
}

const problemsIn = (root: string) => compileContent(root).problems.map(formatProblem);

afterEach(removeCopies);

describe('compileContent', () => {
  it('builds the model of the fixture ladder and of the Level 4 fixture, with no problem', () => {
    for (const root of [ladderFixture, level4Fixture]) {
      const { handbook, problems } = compileContent(root);
      expect(problems).toEqual([]);
      expect(handbook?.levels.length).toBeGreaterThan(0);
    }
  });

  const level1Craft = 'content/sections/level-1/fixture-craft/key-behaviors.mdx';
  const principalCraft = 'content/sections/level-fixture-principal/fixture-craft/key-behaviors.mdx';
  const level2Craft = 'content/sections/level-2/fixture-craft/key-behaviors.mdx';
  it.each([
    [
      'duplicate-id',
      `${level1Craft}:10:5 items[1].id duplicate id "fixture-shares-widgets": items[0] already uses it`,
    ],
    [
      'duplicate-id-across-competencies',
      `content/sections/level-1/fixture-people/key-behaviors.mdx:8:5 items[0].id duplicate id "fixture-shares-widgets": level 1 already uses it in ${level1Craft}:7:5`,
    ],
    ['missing-text', `${level1Craft}:10:5 items[1].text is required (expected string)`],
    [
      'unknown-key',
      `${level1Craft}:9:5 items[0].txet unknown field "txet": check its spelling, or remove it`,
    ],
    [
      'unknown-kind',
      `${level1Craft}:5:1 kind expected one of: key-behaviors, common-struggles, success-indicators, mindset-shift, questions-to-ask-yourself, build-these-habits, seek-feedback, signals-youre-ready-to-level-up, focus-summary; found "key-behaviours"`,
    ],
    ['empty-list', `${level1Craft}:7:1 items must list at least one item`],
    [
      'unknown-level',
      `${principalCraft}:3:1 level no level has id 9 (levels: 1, 2, 3-ic, 3-manager, fixture-principal)`,
    ],
    [
      'id-not-kebab-case',
      `${level1Craft}:8:5 items[0].id must be kebab-case: lower-case letters and digits joined by single hyphens; found "Fixture_Behavior"`,
    ],
    [
      'reserved-id',
      `${level1Craft}:8:5 items[0].id "mindset-shift" is used by the page itself: choose another`,
    ],
    [
      'competency-id',
      `${level1Craft}:8:5 items[0].id "fixture-people" is the anchor of a competency (content/framework/handbook.mdx:8:5): choose another`,
    ],
    [
      'missing-lead',
      'content/sections/level-2/fixture-craft/success-indicators.mdx:3:1 lead is required (expected string)',
    ],
    [
      'missing-competency',
      `${principalCraft}:3:1 competency is required: the framework lists 2 competencies (fixture-craft, fixture-people)`,
    ],
    [
      'unknown-competency',
      `${principalCraft}:4:1 competency no competency "fixture-crafts" in the framework (competencies: fixture-craft, fixture-people)`,
    ],
    [
      'unknown-track',
      'content/levels/level-fixture-principal.mdx:5:1 track no track "staff" in the framework (tracks: ic, manager)',
    ],
    [
      'shared-rank',
      "content/levels/level-3-manager.mdx:4:1 rank 3 is also level 3-ic's (content/levels/level-3-ic.mdx:3:1): levels share a rank only on different tracks, so give each a track",
    ],
    [
      'bad-level-id',
      'content/levels/level-fixture-principal.mdx:3:1 id must be kebab-case: lower-case letters and digits joined by single hyphens; found "Fixture Principal"',
    ],
    ['number-as-text', 'content/levels/level-fixture-principal.mdx:7:1 role expected string, found 42'],
    ['broken-yaml', 'content/levels/level-2.mdx:7:32 YAML: Missing closing "quote'],
    [
      'related-unknown-item',
      `${level2Craft}:12:34 items[1].related[1] no item "fixture-habit-nine" in level 2`,
    ],
    [
      'related-unknown-level',
      `${level2Craft}:12:15 items[1].related[0] no level has id 9 (levels: 1, 2, 3-ic, 3-manager, fixture-principal)`,
    ],
    ['related-self', `${level2Craft}:12:15 items[1].related[0] an item cannot be related to itself`],
    ['related-twice', `${level2Craft}:12:34 items[1].related[1] "2#fixture-habit-one" is listed twice`],
    [
      'former-id-taken',
      `${level2Craft}:12:17 items[1].formerIds[0] duplicate id "fixture-habit-two": level 2 already uses it in content/sections/level-2/fixture-craft/build-these-habits.mdx:9:5`,
    ],
    [
      'level-former-id-taken',
      'content/levels/level-fixture-principal.mdx:9:13 formerIds[0] level 3-ic exists (content/levels/level-3-ic.mdx:2:1): a former id must be free',
    ],
    [
      'thesaurus-unused-phrase',
      'content/thesaurus.yaml:3:28 fixture gadgets[1] no item or section title says "sprockets", so "fixture gadgets" would find nothing through it',
    ],
    ['thesaurus-not-a-list', 'content/thesaurus.yaml:4:1 fixture coaching expected array, found "mentors"'],
  ])('reports %s with its file, line, column and field', (name, expected) => {
    const problems = problemsIn(withBrokenFiles(name));
    expect(problems, problems.join('\n')).toContain(expected);
  });

  it('builds no model when there is a problem', () => {
    expect(compileContent(withBrokenFiles('duplicate-id')).handbook).toBeUndefined();
  });

  it('says nothing more of sections whose level file is broken', () => {
    expect(problemsIn(withBrokenFiles('broken-yaml'))).toEqual([
      'content/levels/level-2.mdx:7:32 YAML: Missing closing "quote',
    ]);
  });

  it('reports every problem at once, not only the first, in file order', () => {
    const problems = compileContent(withBrokenFiles('unknown-key', 'missing-lead', 'unknown-track')).problems;
    expect([...new Set(problems.map((problem) => problem.file))]).toEqual([
      'content/levels/level-fixture-principal.mdx',
      level1Craft,
      'content/sections/level-2/fixture-craft/success-indicators.mdx',
    ]);
    expect(formatProblems(problems)).toMatch(/^The handbook content has 4 problems; nothing was built\.\n/);
  });

  it('reports an empty collection instead of building a handbook without it', () => {
    const root = withBrokenFiles();
    rmSync(join(root, 'content/levels'), { recursive: true });
    const problems = problemsIn(root);
    expect(problems).toContain(
      'content/levels:1:1 the "levels" collection is empty: no *.mdx files in content/levels/',
    );
    expect(problems.some((line) => line.includes('level no level has id 1'))).toBe(true);
  });

  it('reports a file without frontmatter', () => {
    const root = withBrokenFiles();
    writeFileSync(join(root, 'content/levels/level-2.mdx'), 'Just prose.\n');
    expect(problemsIn(root)).toContain(
      'content/levels/level-2.mdx:1:1 YAML: missing frontmatter: the file must start with a --- fenced YAML block',
    );
  });

  it('reports a second framework file', () => {
    const root = withBrokenFiles();
    cpSync(join(root, 'content/framework/handbook.mdx'), join(root, 'content/framework/other.mdx'));
    expect(problemsIn(root)).toContain(
      'content/framework/other.mdx:1:1 expected exactly one framework file, found 2 (content/framework/handbook.mdx, content/framework/other.mdx): keep one, and move or remove the others',
    );
  });

  it('reports two files for one level, naming both, and a level with no sections', () => {
    const root = withBrokenFiles();
    const level = '---\nid: 5\nrank: 5\ntitle: Fixture Level 5\nrole: r\nclosing: c\n---\n';
    writeFileSync(join(root, 'content/levels/level-5.mdx'), level);
    writeFileSync(join(root, 'content/levels/level-5b.mdx'), level);
    const problems = problemsIn(root);
    expect(problems).toContain('content/levels/level-5.mdx:2:1 id level 5 has no sections');
    expect(problems).toContain(
      'content/levels/level-5b.mdx:2:1 id level 5 is already defined in content/levels/level-5.mdx:2:1',
    );
  });

  it('reports a section kind used twice for one level and competency, naming the first', () => {
    const root = withBrokenFiles();
    cpSync(join(root, level1Craft), join(root, 'content/sections/level-1/fixture-craft/more.mdx'));
    expect(problemsIn(root)).toContain(
      `content/sections/level-1/fixture-craft/more.mdx:4:1 kind level 1 already has a "key-behaviors" section for competency fixture-craft in ${level1Craft}:4:1`,
    );
  });

  it('reports a competency whose id is an anchor the page already uses', () => {
    const root = withBrokenFiles();
    const file = join(root, 'content/framework/handbook.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('id: fixture-people', 'id: closing'));
    expect(problemsIn(root)).toContain(
      'content/framework/handbook.mdx:8:5 competencies[1].id "closing" is used by the page itself: choose another',
    );
  });

  it('lets a framework of one competency leave sections without a competency field', () => {
    const { handbook, problems } = compileContent(level4Fixture);
    expect(problems).toEqual([]);
    expect(
      new Set(handbook?.levels.flatMap((level) => level.sections.map((section) => section.competency))),
    ).toEqual(new Set(['product-thinking']));
  });
});

describe('fieldName', () => {
  it('writes list indexes in brackets and keys with dots', () => {
    expect(fieldName(['items', 2, 'id'])).toBe('items[2].id');
    expect(fieldName([])).toBe('');
  });
});

describe('describeIssue', () => {
  it('says what was found where another type was expected: a date, a list, nothing, a map', () => {
    const expectText = z.strictObject({ text: z.string() });
    const found = (value: unknown) => {
      const result = expectText.safeParse({ text: value });
      const [issue] = result.error?.issues ?? [];
      return issue && describeIssue(issue, { text: value }).message;
    };
    expect(found(new Date('2024-05-01'))).toBe('expected string, found the date 2024-05-01');
    expect(found(['a'])).toBe('expected string, found a list');
    expect(found(null)).toBe('is empty (expected string)');
    expect(found({ a: 1 })).toBe('expected string, found a map of fields');
    expect(found(undefined)).toBe('is required (expected string)');
  });
});
