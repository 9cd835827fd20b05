/**
 * Every content problem reads as one useful line, whatever went wrong: a message never repeats its
 * field's name, a file with nothing in it says what to write, and a parser's own failure (an alias
 * bomb, an alias naming nothing, a file that cannot be read) is a `file:line:col` line like the rest,
 * never a stack trace that names no file.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileContent } from '../../src/pipeline/compile';
import { formatProblem, lastFieldName } from '../../src/pipeline/problems';
import { copyContent, removeCopies } from '../support/content-copy';
import { repoRoot } from '../support/sites';

afterEach(removeCopies);

const problemLines = (root: string) => compileContent(root).problems.map(formatProblem);

/** Every broken file of tests/fixtures/invalid/, by the name `spoil()` takes. */
const invalidCases = readdirSync(join(repoRoot, 'tests/fixtures/invalid'))
  .filter((file) => /\.(mdx|yaml)$/.test(file))
  .map((file) => file.replace(/\.(mdx|yaml)$/, ''));

describe('problem messages', () => {
  it('are checked on every broken fixture', () => {
    expect(invalidCases.length).toBeGreaterThan(50);
  });

  it.each(invalidCases)('never start with the name of the field the line names: %s', (name) => {
    const copy = copyContent();
    copy.spoil(name);
    const { problems } = compileContent(copy.root);
    expect(problems.length).toBeGreaterThan(0);
    const stutters = problems.filter((problem) => {
      const field = lastFieldName(problem.field).toLowerCase();
      return field !== '' && problem.message.toLowerCase().startsWith(`${field} `);
    });
    expect(stutters.map(formatProblem)).toEqual([]);
  });

  it.each([
    [
      'shared-rank',
      "content/levels/level-3-manager.mdx:4:1 rank 3 is also level 3-ic's (content/levels/level-3-ic.mdx:3:1): levels share a rank only on different tracks, so give each a track",
    ],
    [
      'reserved-id',
      'content/sections/level-1/fixture-craft/key-behaviors.mdx:8:5 items[0].id "mindset-shift" is used by the page itself: choose another',
    ],
  ])('read once through: %s', (name, expected) => {
    const copy = copyContent();
    copy.spoil(name);
    expect(problemLines(copy.root)).toContain(expected);
  });
});

describe('a file with nothing in it', () => {
  it('says a thesaurus of comments only is empty, and what to write', () => {
    const copy = copyContent();
    copy.spoil('thesaurus-empty');
    expect(problemLines(copy.root)).toEqual([
      "content/thesaurus.yaml:1:1 the thesaurus is empty: add a line for each word readers search with and the framework's words it stands for (reader word: [framework word]), or delete the file",
    ]);
  });

  it('says the same of a thesaurus with no bytes at all', () => {
    const copy = copyContent();
    copy.write('content/thesaurus.yaml', '');
    expect(problemLines(copy.root)).toEqual([
      expect.stringMatching(/^content\/thesaurus\.yaml:1:1 the thesaurus is empty: /),
    ]);
  });

  it('builds without a thesaurus, as the empty thesaurus suggests', () => {
    const copy = copyContent();
    rmSync(copy.path('content/thesaurus.yaml'));
    expect(problemLines(copy.root)).toEqual([]);
  });

  it('says an empty permalink manifest is empty, and how to make a new one', () => {
    const copy = copyContent();
    copy.write('content/permalinks.json', '\n');
    expect(problemLines(copy.root)).toEqual([
      'content/permalinks.json:1:1 the permalink manifest is empty: delete it, then run npm run permalinks to record every URL the handbook publishes',
    ]);
    rmSync(copy.path('content/permalinks.json'));
    expect(problemLines(copy.root)).toEqual([]);
  });

  it('says an empty frontmatter is empty, and which fields to write', () => {
    const copy = copyContent();
    copy.spoil('frontmatter-empty');
    expect(problemLines(copy.root)).toEqual([
      expect.stringMatching(
        /^content\/levels\/level-2\.mdx:2:1 the frontmatter is empty: write the level's fields between the --- lines \(id, rank, title[^)]*\); see "Add a level" in CONTRIBUTING\.md$/,
      ),
    ]);
  });

  it("names a section's fields by its kind, and the framework's by name", () => {
    const copy = copyContent();
    copy.write('content/sections/level-2/fixture-craft/build-these-habits.mdx', '---\n---\n');
    copy.write('content/framework/handbook.mdx', '---\n---\n');
    const lines = problemLines(copy.root);
    expect(lines).toContain(
      'content/sections/level-2/fixture-craft/build-these-habits.mdx:2:1 the frontmatter is empty: write the section\'s fields between the --- lines (kind and the fields of its kind); see "Add a section" in CONTRIBUTING.md',
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^content\/framework\/handbook\.mdx:2:1 the frontmatter is empty: write the framework's fields between the --- lines \(name, summary[^)]*\); see CONTRIBUTING\.md$/,
      ),
    );
    expect(lines.join('\n')).not.toContain('null');
  });

  it('says a field or a list entry with nothing after it is empty', () => {
    const copy = copyContent();
    const file = 'content/sections/level-2/fixture-craft/build-these-habits.mdx';
    copy.edit(file, (text) => text.replace(/^items:$/m, 'items:\n  -'));
    copy.edit('content/levels/level-2.mdx', (text) => text.replace(/^title: .*$/m, 'title:'));
    copy.edit('content/levels/level-1.mdx', (text) => text.replace(/^id: .*$/m, 'id:'));
    copy.edit('content/sections/level-1/fixture-craft/key-behaviors.mdx', (text) =>
      text.replace(/^kind: .*$/m, 'kind:'),
    );
    const lines = problemLines(copy.root);
    expect(lines).toContain('content/levels/level-2.mdx:4:1 title is empty (expected string)');
    expect(lines).toContainEqual(
      expect.stringMatching(/^content\/levels\/level-1\.mdx:2:1 id is empty \(must be a level id: /),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^content\/sections\/level-1\/fixture-craft\/key-behaviors\.mdx:\d+:1 kind is empty \(expected one of: key-behaviors, /,
      ),
    );
    expect(lines).toContainEqual(expect.stringMatching(/build-these-habits\.mdx:\d+:\d+ items\[0\] is empty \(expected object\)$/));
    expect(lines.join('\n')).not.toContain('null');
  });
});

describe("a parser's own failure", () => {
  it('reports an alias bomb in frontmatter at its first alias, and builds nothing', () => {
    const copy = copyContent();
    copy.spoil('yaml-alias-bomb');
    const { problems, handbook } = compileContent(copy.root);
    expect(handbook).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([
      'content/levels/level-2.mdx:6:16 YAML: aliases such as *a stand for more than 100 values in all: write the values out in full',
    ]);
  });

  it('reports an alias bomb in a data file too', () => {
    const copy = copyContent();
    const lol = (name: string, of: string) => `${name}: &${name} [${Array(9).fill(of).join(', ')}]`;
    copy.write(
      'content/thesaurus.yaml',
      [lol('a', 'fixture'), lol('b', '*a'), lol('c', '*b'), lol('d', '*c'), lol('e', '*d')].join('\n'),
    );
    expect(problemLines(copy.root)).toEqual([
      'content/thesaurus.yaml:2:8 YAML: aliases such as *a stand for more than 100 values in all: write the values out in full',
    ]);
  });

  it('reports an alias that names no anchor before it', () => {
    const copy = copyContent();
    copy.spoil('yaml-unknown-alias');
    expect(problemLines(copy.root)).toEqual([
      'content/levels/level-2.mdx:7:7 YAML: the alias *fixture-role names no anchor (&fixture-role) before it',
    ]);
  });

  it('still reads a file whose aliases repeat a value a few times', () => {
    const copy = copyContent();
    copy.edit('content/levels/level-2.mdx', (text) =>
      text.replace('role: fixture practitioner', 'role: &role fixture practitioner').replace(
        /^closing: .*$/m,
        'closing: *role',
      ),
    );
    const { problems, handbook } = compileContent(copy.root);
    expect(problems).toEqual([]);
    expect(handbook?.levels.find((level) => level.id === '2')?.closing).toMatchObject({
      plain: 'fixture practitioner',
    });
  });

  it('reports a folder named like a content file as that file, not as a crash', () => {
    const copy = copyContent();
    mkdirSync(copy.path('content/levels/level-9.mdx'));
    rmSync(copy.path('content/thesaurus.yaml'));
    mkdirSync(copy.path('content/thesaurus.yaml'));
    const lines = problemLines(copy.root);
    expect(lines).toContainEqual(
      expect.stringMatching(/^content\/levels\/level-9\.mdx:1:1 this is a folder, not a file/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^content\/thesaurus\.yaml:1:1 this is a folder, not a file/),
    );
  });

  it('prints no warning of its own for a key YAML turns into text', () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const copy = copyContent();
    writeFileSync(copy.path('content/thesaurus.yaml'), '? [fixture, gadgets]\n: [widgets]\n');
    compileContent(copy.root);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
