/** Whether content/ is safe in git before a tool replaces it: git's porcelain status, read. */
import { describe, expect, it } from 'vitest';
import { parsePorcelain, refusal } from '../../src/cli/authoring/git-state';

describe('parsePorcelain', () => {
  it('reads the path of each changed, untracked, ignored and renamed file', () => {
    const output = [
      ' M content/levels/level-4.mdx',
      '?? content/sections/level-4/new.mdx',
      '!! content/.DS_Store',
      'R  content/levels/level-5.mdx -> content/levels/level-senior.mdx',
      '',
    ].join('\n');
    expect(parsePorcelain(output)).toEqual([
      'content/levels/level-4.mdx',
      'content/sections/level-4/new.mdx',
      'content/.DS_Store',
      'content/levels/level-senior.mdx',
    ]);
  });

  it('finds nothing in a clean status', () => {
    expect(parsePorcelain('')).toEqual([]);
  });
});

describe('refusal', () => {
  it('lets a tool replace committed content, or none', () => {
    expect(refusal({ state: 'committed' }, 'new-handbook')).toBeUndefined();
    expect(refusal({ state: 'absent' }, 'new-handbook')).toBeUndefined();
  });

  it('refuses uncommitted work, naming at most ten files and how many more', () => {
    const files = Array.from({ length: 12 }, (_, index) => `content/levels/level-${index}.mdx`);
    const message = refusal({ state: 'uncommitted', files }, 'new-handbook') ?? '';
    expect(message).toMatch(/^new-handbook replaces content\/, which has work that is not committed:\n/);
    expect(message).toContain('  content/levels/level-9.mdx\n');
    expect(message).not.toContain('level-10.mdx');
    expect(message).toContain('… and 2 more');
    expect(message).toMatch(/--force/);
  });

  it('refuses when git cannot tell, saying why', () => {
    expect(refusal({ state: 'unknown', reason: 'not a git repository' }, 'new-handbook')).toMatch(
      /git cannot say whether it is committed \(not a git repository\).*--force/,
    );
  });
});
