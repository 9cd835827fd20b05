/**
 * Text is text, and fits: control and bidi characters, raw HTML in any reader-facing field, links
 * without words, and ids, texts and words beyond the limits (src/schemas/limits.ts) are each one line,
 * `file:line:col field message`, at the character itself where the file shows it as it reads.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/pipeline/compile';
import { formatProblem } from '../../src/pipeline/problems';
import { copyContent, removeCopies } from '../support/content-copy';

afterEach(removeCopies);

const problemsOf = (...cases: string[]) => {
  const copy = copyContent();
  copy.spoil(...cases);
  return compileContent(copy.root).problems.map(formatProblem);
};

const level1Craft = 'content/sections/level-1/fixture-craft/key-behaviors.mdx';
const bidi = 'a bidi control character that reorders what readers see: delete it (the text reads in its own direction)';

describe('refused text, one line per mistake', () => {
  it.each([
    [
      'text-bidi-override',
      `${level1Craft}:9:36 items[0].text holds U+202E RIGHT-TO-LEFT OVERRIDE, ${bidi} (and 1 more such character)`,
    ],
    [
      'text-control-escape',
      `${level1Craft}:6:16 title holds U+001B ESCAPE, a control character, not text: delete it (and 1 more such character)`,
    ],
    // Written as an escape in quotes, the character is not where the file shows it: the field is named.
    [
      'text-control-escaped',
      `${level1Craft}:9:5 items[0].text holds U+0007 BELL, a control character, not text: delete it`,
    ],
    [
      'body-bidi-isolate',
      `content/levels/level-1.mdx:10:51 this line holds U+2067 RIGHT-TO-LEFT ISOLATE, ${bidi} (and 1 more such character)`,
    ],
    [
      'thesaurus-bidi',
      `content/thesaurus.yaml:4:9 fixture \\u202Ecoaching has a name that holds U+202E RIGHT-TO-LEFT OVERRIDE, ${bidi}`,
    ],
    [
      'framework-name-html',
      'content/framework/handbook.mdx:3:1 name raw HTML "<b>" is not allowed: text is words, not code; write *emphasis*, **strong** or [a link](https://…) instead',
    ],
    [
      'text-empty-link',
      `${level1Craft}:9:5 items[0].text link to "https://example.org/fixture" has no words to click: write them between the brackets, [like this](…)`,
    ],
    [
      'body-empty-link',
      'content/levels/level-1.mdx:10:53 link to "/levels/2/" has no words to click: write them between the brackets, [like this](…)',
    ],
    [
      'level-id-too-long',
      'content/levels/level-fixture-principal.mdx:3:1 id is 239 characters long: an id is at most 64, as it is part of addresses and of file names the build writes',
    ],
    [
      'text-too-long',
      `${level1Craft}:9:5 items[0].text is 2,007 characters long: text is at most 2,000; split it into items or sub-points`,
    ],
    [
      'text-long-word',
      `${level1Craft}:9:5 items[0].text has a word of 91 characters ("fixturewidgetfixture…"): a word is at most 80, so break it with a space or a hyphen`,
    ],
  ])('%s', (name, expected) => {
    expect(problemsOf(name)).toEqual([expected]);
  });
});
