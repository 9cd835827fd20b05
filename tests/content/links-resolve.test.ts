/**
 * Links resolve, wherever they are written: in an item's words and sub-points, a lead-in, the mindset
 * shift and closing words as in MDX bodies, a link to the handbook must lead to a page or anchor it
 * publishes (its `#fragment` too) and is written with `/` alone; in bodies, what the site's GitHub-
 * flavoured Markdown would turn into a link or a footnote is held to the same rules. One fixture per
 * case in tests/fixtures/invalid/, each with its exact line.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkBody } from '../../src/pipeline/check/body-check';
import { checkTextLinks, handbookLinkProblem, linksIn } from '../../src/pipeline/check/text-links';
import { compileContent } from '../../src/pipeline/compile';
import { formatProblem } from '../../src/pipeline/problems';
import { copyContent, removeCopies } from '../support/content-copy';
import { ladderFixture, level4Fixture } from '../support/sites';

afterEach(removeCopies);

const problemsWith = (name: string) => {
  const copy = copyContent();
  copy.spoil(name);
  return compileContent(copy.root).problems.map(formatProblem);
};

const k1 = 'content/sections/level-1/fixture-craft/key-behaviors.mdx';
const l1 = 'content/levels/level-1.mdx';
const slashes = 'is not allowed: write a handbook address with / alone, no backslash (\\) or encoded slash (%2F, %5C)';
const nowhere = 'the handbook has no such page or anchor';
const footnotes =
  "footnotes are not allowed: the ids they generate (footnote-label, user-content-fn-…) could take an item's anchor; write the note as a sentence";

describe('links in text fields resolve', () => {
  it.each([
    ['text-dead-link', `${k1}:9:5 items[0].text link to "/levels/99/#fixture-nothing": ${nowhere}`],
    ['text-dead-fragment', `${k1}:9:5 items[0].text link to "/levels/1/#fixture-nothing": ${nowhere}`],
    ['text-backslash-link', `${k1}:9:5 items[0].text link to "/\\\\evil.example" ${slashes}`],
    ['text-encoded-slash', `${k1}:9:5 items[0].text link to "/levels%2F1/" ${slashes}`],
    [
      'subpoint-dead-link',
      `${k1}:11:9 items[0].subpoints[0] link to "/levels/2/#fixture-nothing": ${nowhere}`,
    ],
    [
      'lead-dead-link',
      `content/sections/level-2/fixture-craft/success-indicators.mdx:7:1 lead link to "/levels/9/": ${nowhere}`,
    ],
    [
      'shift-dead-link',
      `content/sections/level-1/fixture-craft/mindset-shift.mdx:8:1 to link to "/levels/1/fixture-nothing/": ${nowhere}`,
    ],
    ['closing-dead-link', `${l1}:7:1 closing link to "/levels/2/#fixture-nothing": ${nowhere}`],
  ])('refuses %s, at the field', (name, expected) => {
    expect(problemsWith(name)).toEqual([expected]);
  });

  it('lets links that resolve through: pages, anchors, https: and mailto: addresses', () => {
    const resolvable = new Set(['/levels/1/', '/levels/1/#fixture-a']);
    expect(
      checkTextLinks(
        'See [one](/levels/1/), [a](/levels/1/#fixture-a), [site](https://example.org/%2F) and [mail](mailto:a@example.org)',
        resolvable,
      ),
    ).toEqual([]);
    expect(linksIn('*[emphasised](/levels/2/)* and [plain](/levels/1/)')).toEqual(['/levels/2/', '/levels/1/']);
    expect(checkTextLinks('*[emphasised](/levels/2/)*', resolvable)).toEqual([
      `link to "/levels/2/": ${nowhere}`,
    ]);
    expect(handbookLinkProblem('/levels/1/%5C', resolvable)).toContain('encoded slash');
    expect(handbookLinkProblem('/levels/1/#fixture-a', resolvable)).toBeUndefined();
  });

  it('finds nothing wrong in the fixture ladder or the Level 4 fixture', () => {
    for (const root of [ladderFixture, level4Fixture]) expect(compileContent(root).problems).toEqual([]);
  });
});

describe('MDX bodies: what GitHub-flavoured Markdown would link, and dead fragments', () => {
  it.each([
    [
      'body-autolink-www',
      `${l1}:10:27 "www.example.org" becomes a link to an http: address: write [words](https://www.example.org), with https://`,
    ],
    [
      'body-autolink-http',
      `${l1}:10:27 "http://example.org/fixture" becomes a link to an http: address: write [words](https://example.org/fixture), with https://`,
    ],
    ['body-dead-fragment', `${l1}:10:27 link to "#fixture-nothing": this page has no such anchor`],
    ['body-backslash-link', `${l1}:10:27 link to "/\\\\evil.example" ${slashes}`],
  ])('refuses %s, at its place in the body', (name, expected) => {
    expect(problemsWith(name)).toEqual([expected]);
  });

  it('refuses footnotes, at the reference and at the note', () => {
    expect(problemsWith('body-footnote')).toEqual([`${l1}:10:42 ${footnotes}`, `${l1}:12:1 ${footnotes}`]);
  });

  const check = (body: string, pageUrl?: string) =>
    checkBody(body, {
      resolvable: new Set(['/levels/4/', '/levels/4/#fixture-item']),
      taken: () => undefined,
      pageUrl,
    }).map(({ line, column, message }) => `${line}:${column} ${message}`);

  it('leaves alone what GFM does not link: link text, code, an https: address', () => {
    expect(
      check(
        'See [www.example.org](https://www.example.org), `www.example.org`, https://example.org and more.\n\n```\nhttp://example.org\n```\n',
      ),
    ).toEqual([]);
  });

  it('places each autolink at its own line and column', () => {
    expect(check('Fixture.\n\n*www.a.example*, and (http://b.example).')).toEqual([
      '3:2 "www.a.example" becomes a link to an http: address: write [words](https://www.a.example), with https://',
      '3:23 "http://b.example" becomes a link to an http: address: write [words](https://b.example), with https://',
    ]);
  });

  it("resolves a #fragment against the body's headings, the page's own ids and the page's anchors", () => {
    expect(
      check(
        '## Fixture heading\n\n[a](#fixture-heading) [b](#main) [c](#fixture-item) [d](#fixture-nothing)',
        '/levels/4/',
      ),
    ).toEqual(['3:53 link to "#fixture-nothing": this page has no such anchor']);
  });

  it('refuses a footnote written with a link-like definition too', () => {
    expect(check('A note[^a].\n\n[^a]: https://example.org')).toEqual([`1:7 ${footnotes}`, `3:1 ${footnotes}`]);
  });
});
