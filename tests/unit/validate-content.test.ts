import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fieldName, formatProblem, validateContent } from '../../src/lib/validate-content';
import { repoRoot } from '../support/sites';

const fixtures = join(repoRoot, 'tests/fixtures/content');
const roots: string[] = [];

/** A copy of the valid fixture tree with the named broken file put in the place it declares. */
function withBrokenFile(...cases: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'handbook-content-'));
  roots.push(root);
  cpSync(join(fixtures, 'valid'), root, { recursive: true });
  for (const name of cases) {
    const source = readFileSync(join(fixtures, 'invalid', `${name}.mdx`), 'utf8');
    const target = /# replaces: (\S+)/.exec(source)?.[1];
    if (!target) throw new Error(`${name}.mdx does not say which file it replaces`);
    writeFileSync(join(root, target), source);
  }
  return root;
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('validateContent', () => {
  it('accepts the valid fixture content', () => {
    expect(validateContent(join(fixtures, 'valid'))).toEqual([]);
  });

  it('accepts the real handbook content', () => {
    expect(validateContent(repoRoot)).toEqual([]);
  });

  it.each([
    [
      'duplicate-id',
      'content/sections/level-1/key-behaviors.mdx:9:5 items[1].id duplicate id "fixture-behavior-one": items[0] already uses it',
    ],
    [
      'duplicate-id-across-sections',
      'content/sections/level-1/success-indicators.mdx:8:5 items[0].id duplicate id "fixture-behavior-two": level 1 already uses it in content/sections/level-1/key-behaviors.mdx',
    ],
    [
      'missing-text',
      'content/sections/level-1/key-behaviors.mdx:9:5 items[1].text is required (expected string)',
    ],
    [
      'unknown-key',
      'content/sections/level-1/key-behaviors.mdx:8:5 items[0].txet unknown field "txet": check its spelling, or remove it',
    ],
    [
      'unknown-kind',
      'content/sections/level-1/key-behaviors.mdx:4:1 kind expected one of: key-behaviors, common-struggles',
    ],
    ['empty-list', 'content/sections/level-1/key-behaviors.mdx:6:1 items must list at least one item'],
    [
      'unknown-level',
      'content/sections/level-2/key-behaviors.mdx:3:1 level no level has number 3 (levels: 1, 2)',
    ],
    ['id-not-kebab-case', 'content/sections/level-1/key-behaviors.mdx:7:5 items[0].id must be kebab-case'],
    [
      'reserved-id',
      'content/sections/level-1/key-behaviors.mdx:7:5 items[0].id id "mindset-shift" is used by the page itself',
    ],
    [
      'missing-lead',
      'content/sections/level-1/success-indicators.mdx:3:1 lead is required (expected string)',
    ],
    ['broken-yaml', 'content/levels/level-2.mdx:5:26 YAML: Missing closing "quote'],
  ])('reports %s with its file, line, column and field', (name, expected) => {
    const problems = validateContent(withBrokenFile(name)).map(formatProblem);
    expect(
      problems.some((line) => line.startsWith(expected)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('says nothing more of sections whose level file is broken', () => {
    const problems = validateContent(withBrokenFile('broken-yaml'));
    expect(problems.map(formatProblem)).toEqual([
      'content/levels/level-2.mdx:5:26 YAML: Missing closing "quote',
    ]);
  });

  it('reports every problem at once, not only the first', () => {
    const problems = validateContent(withBrokenFile('unknown-key', 'missing-lead', 'unknown-level'));
    expect([...new Set(problems.map((problem) => problem.file))]).toEqual([
      'content/sections/level-1/key-behaviors.mdx',
      'content/sections/level-1/success-indicators.mdx',
      'content/sections/level-2/key-behaviors.mdx',
    ]);
  });

  it('reports an empty collection instead of building a handbook without it', () => {
    const root = withBrokenFile();
    rmSync(join(root, 'content/levels'), { recursive: true });
    const problems = validateContent(root).map(formatProblem);
    expect(problems).toContain(
      'content/levels:1:1 the "levels" collection is empty: no *.mdx files in content/levels/',
    );
    expect(problems.some((line) => line.includes('level no level has number 1'))).toBe(true);
  });

  it('reports a file without frontmatter', () => {
    const root = withBrokenFile();
    writeFileSync(join(root, 'content/levels/level-2.mdx'), 'Just prose.\n');
    expect(validateContent(root).map(formatProblem)).toContain(
      'content/levels/level-2.mdx:1:1 YAML: missing frontmatter: the file must start with a --- fenced YAML block',
    );
  });

  it('reports a second framework file', () => {
    const root = withBrokenFile();
    cpSync(join(root, 'content/framework/handbook.mdx'), join(root, 'content/framework/other.mdx'));
    expect(validateContent(root).map(formatProblem)).toContain(
      'content/framework:1:1 expected exactly one framework file, found 2',
    );
  });

  it('reports two files for the same level, and a level with no sections', () => {
    const root = withBrokenFile();
    writeFileSync(
      join(root, 'content/levels/level-3.mdx'),
      '---\nnumber: 3\ntitle: Fixture Level 3\nrole: r\nclosing: c\n---\n',
    );
    writeFileSync(
      join(root, 'content/levels/level-3b.mdx'),
      '---\nnumber: 3\ntitle: Fixture Level 3\nrole: r\nclosing: c\n---\n',
    );
    const problems = validateContent(root).map(formatProblem);
    expect(problems).toContain('content/levels/level-3.mdx:2:1 number level 3 has no sections');
    expect(problems).toContain(
      'content/levels/level-3b.mdx:2:1 number level 3 is already defined in content/levels/level-3.mdx',
    );
  });

  it('reports a section kind used twice in one level', () => {
    const root = withBrokenFile();
    cpSync(
      join(root, 'content/sections/level-1/key-behaviors.mdx'),
      join(root, 'content/sections/level-1/more-behaviors.mdx'),
    );
    const problems = validateContent(root).map(formatProblem);
    expect(problems).toContain(
      'content/sections/level-1/more-behaviors.mdx:3:1 kind level 1 already has a "key-behaviors" section in content/sections/level-1/key-behaviors.mdx',
    );
  });
});

describe('fieldName', () => {
  it('writes list indexes in brackets and keys with dots', () => {
    expect(fieldName(['items', 2, 'id'])).toBe('items[2].id');
    expect(fieldName([])).toBe('');
  });
});
