import { afterAll, describe, expect, it } from 'vitest';
import { isHandbookLink } from '../../src/pipeline/check/body-links';
import { compileContent } from '../../src/pipeline/compile';
import { formatProblem } from '../../src/pipeline/problems';
import { copyContent, removeCopies } from '../support/content-copy';

afterAll(removeCopies);
const level2 = 'content/levels/level-2.mdx';

/** The fixture ladder with level 2's body replaced. */
function withBody(body: string): string[] {
  const copy = copyContent();
  copy.edit(level2, (text) => `${/^---\n[\s\S]*?\n---\n/.exec(text)?.[0] ?? ''}${body}`);
  return compileContent(copy.root).problems.map(formatProblem);
}

describe('links in MDX bodies', () => {
  it('checks every link and link definition, at its place in the body', () => {
    const problems = withBody('Intro [a](/levels/9/#x) and more.\n\n[b]: /levels/9/\n');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(new RegExp(`^${level2}:\\d+:7 .*"/levels/9/#x"`));
    expect(problems[1]).toMatch(new RegExp(`^${level2}:\\d+:1 .*"/levels/9/"`));
  });

  it('checks only links to the handbook itself', () => {
    expect(
      ['/levels/4/', '#closing', 'https://example.org/', '//cdn.example/x', 'mailto:a@b.c'].map(
        isHandbookLink,
      ),
    ).toEqual([true, false, false, false, false]);
  });

  it('accepts links to pages and to item anchors that exist', () => {
    expect(
      withBody(
        'See [the item](/levels/2/#fixture-designs-widgets) on [its page](/levels/2/key-behaviors/).\n',
      ),
    ).toEqual([]);
  });

  it('reports a link to an anchor or a page that does not exist, at its line in the file', () => {
    expect(
      withBody('\nFirst line.\n\nSee [it](/levels/2/#fixture-no-such-item) and [that](/levels/9/).\n'),
    ).toEqual([
      `${level2}:11:5 link to "/levels/2/#fixture-no-such-item": the handbook has no such page or anchor`,
      `${level2}:11:47 link to "/levels/9/": the handbook has no such page or anchor`,
    ]);
  });

  it('reports a body that is not valid MDX, at its place', () => {
    expect(withBody('Text\n\n<Unclosed\n')[0]).toMatch(new RegExp(`^${level2}:\\d+:\\d+ MDX: `));
  });
});
