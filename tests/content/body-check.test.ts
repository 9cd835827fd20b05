import { afterEach, describe, expect, it } from 'vitest';
import { checkBody, isHandbookLink } from '../../src/pipeline/check/body-check';
import { compileContent } from '../../src/pipeline/compile';
import { formatProblem } from '../../src/pipeline/problems';
import { copyContent, removeCopies } from '../support/content-copy';

afterEach(removeCopies);

const level2 = 'content/levels/level-2.mdx';

/** The fixture ladder with level 2's body replaced. */
function withBody(body: string): string[] {
  const copy = copyContent();
  copy.edit(level2, (text) => `${/^---\n[\s\S]*?\n---\n/.exec(text)?.[0] ?? ''}${body}`);
  return compileContent(copy.root).problems.map(formatProblem);
}

const check = (body: string) =>
  checkBody(body, {
    resolvable: new Set(['/levels/4/']),
    taken: (anchor) => (anchor === 'taken' ? 'the item "T"' : undefined),
  }).map(({ line, column, message }) => `${line}:${column} ${message}`);

describe('checkBody', () => {
  it('lets Markdown, handbook links, https: and mailto: links, fragments and a few harmless elements through', () => {
    expect(
      check(
        'Some *text* with [a page](/levels/4/), [a site](https://example.org), [mail](mailto:a@example.org), [here](#top), <abbr title="x">X</abbr>, <kbd>K</kbd>.\n\n![a local image](/images/x.png)\n',
      ),
    ).toEqual([]);
  });

  it('refuses code in attributes, unknown attributes and spread attributes', () => {
    expect(check('<abbr title={1 + 1}>X</abbr>')).toEqual([
      '1:1 {…} in an attribute runs code when the site is built, so it is not allowed',
    ]);
    expect(check('<abbr style="color: red">X</abbr>')).toEqual([
      '1:1 the "style" attribute is not allowed on <abbr>',
    ]);
    expect(check('<abbr {...props}>X</abbr>')).toEqual([
      '1:1 {…} in an element runs code when the site is built, so it is not allowed',
    ]);
    expect(check('<>fragment</>')).toEqual([
      '1:1 <fragment> is not allowed: content is Markdown, with <abbr>, <br>, <kbd>, <mark>, <sub>, <sup> at most',
    ]);
  });

  it('refuses a heading whose anchor is already taken, and http: links', () => {
    expect(check('## Taken\n\n[old](http://example.org)')).toEqual([
      '1:1 this heading\'s anchor #taken is already taken by the item "T": reword the heading',
      '3:1 link to "http://example.org" is not allowed: link to a handbook page (/levels/…) or an https: address',
    ]);
  });
});

describe('headings in bodies, against the pages they are shown on', () => {
  it.each([
    ['## Main', 'the page'],
    ['## Something new', undefined],
    ['## Key behaviors', 'the page'],
    ['## Fixture retired', 'the section "Fixture Key Behaviors"'],
    ['## Fixture people', 'the competency "fixture-people"'],
  ])('%s', (heading, owner) => {
    const copy = copyContent();
    copy.edit('content/levels/level-1.mdx', (text) => `${text}\n${heading}\n`);
    // A retired item's id lands on its section.
    copy.edit('content/sections/level-1/fixture-craft/key-behaviors.mdx', (text) =>
      text.replace('items:', 'formerIds: [fixture-retired]\nitems:'),
    );
    const problems = compileContent(copy.root).problems.map(formatProblem);
    if (owner) expect(problems.join('\n')).toContain(`is already taken by ${owner}`);
    else expect(problems).toEqual([]);
  });
});

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
