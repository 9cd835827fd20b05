/**
 * Content is data: every input that could run, vanish or mislead is refused with its file, line,
 * column and a hint, the same way the build and the dev server report it. One fixture per bad input
 * in tests/fixtures/invalid/ (each replaces or adds one file of the fixture ladder); byte-level cases
 * are written here.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/pipeline/compile';
import { allItems } from '../../src/pipeline/model/model';
import { formatProblem } from '../../src/pipeline/problems';
import { copyContent, removeCopies } from '../support/content-copy';

function ladderWith(...cases: string[]): string {
  const copy = copyContent();
  copy.spoil(...cases);
  return copy.root;
}
afterEach(removeCopies);
const problemsIn = (root: string) => compileContent(root).problems.map(formatProblem);

const k1 = 'content/sections/level-1/fixture-craft/key-behaviors.mdx';
const l1 = 'content/levels/level-1.mdx';
const rawHtml = (tag: string) =>
  `raw HTML "${tag}" is not allowed: text is words, not code; write *emphasis*, **strong** or [a link](https://…) instead`;
const runs = "is not allowed: nothing in content runs in a reader's browser";

describe('text fields are words with a little inline Markdown', () => {
  it.each([
    ['text-img-onerror', `${k1}:9:5 items[0].text ${rawHtml('<img src=x onerror=alert(1)>')}`],
    ['text-script', `${k1}:9:5 items[0].text ${rawHtml('<script>')}`],
    ['text-svg-onload', `${k1}:9:5 items[0].text ${rawHtml('<svg onload=alert(1)>')}`],
    ['text-style', `${k1}:9:5 items[0].text ${rawHtml('<style>')}`],
    ['text-iframe', `${k1}:9:5 items[0].text ${rawHtml('<iframe src=https://example.org>')}`],
    [
      'text-javascript-link',
      `${k1}:9:5 items[0].text link to "javascript:alert(1)" is not allowed: link to a handbook page (/levels/…) or an https: address`,
    ],
    [
      'text-image',
      `${k1}:9:5 items[0].text images are not allowed in text: "![fixture](https://example.org/x.png)"`,
    ],
    ['lead-html', `content/sections/level-2/fixture-craft/success-indicators.mdx:7:1 lead ${rawHtml('<b>')}`],
    ['shift-html', `content/sections/level-1/fixture-craft/mindset-shift.mdx:7:1 from ${rawHtml('<u>')}`],
    ['closing-html', `${l1}:7:1 closing ${rawHtml('<marquee>')}`],
  ])('refuses %s, at the field', (name, expected) => {
    expect(problemsIn(ladderWith(name))).toEqual([expected]);
  });
});

describe('MDX bodies are Markdown, and nothing in them runs', () => {
  it.each([
    ['body-import', `${l1}:10:1 import and export are not allowed: content is data, not code`],
    ['body-export', `${l1}:10:1 import and export are not allowed: content is data, not code`],
    [
      'body-expression',
      `${l1}:10:25 {…} runs code when the site is built, so it is not allowed: write \\{ for a brace`,
    ],
    ['body-script', `${l1}:12:1 <script> ${runs}`],
    ['body-iframe', `${l1}:12:1 <iframe> ${runs}`],
    ['body-onclick', `${l1}:10:27 the "onclick" attribute runs code, so it is not allowed`],
    [
      'body-id-attribute',
      `${l1}:10:27 ids belong to the handbook: link to an item or section instead of adding one`,
    ],
    [
      'body-unknown-component',
      `${l1}:12:1 <Callout> is not allowed: content is Markdown, with <abbr>, <br>, <kbd>, <mark>, <sub>, <sup> at most`,
    ],
    [
      'body-javascript-link',
      `${l1}:10:27 link to "javascript:alert(1)" is not allowed: link to a handbook page (/levels/…) or an https: address`,
    ],
    [
      'body-broken-link',
      `${l1}:10:27 link to "/levels/9/#fixture-nothing": the handbook has no such page or anchor`,
    ],
    [
      'body-remote-image',
      `${l1}:12:1 an image from another site would make every reader's browser fetch it: put it in public/ and write its path (/…)`,
    ],
    [
      'body-heading-hijack',
      `${l1}:10:1 this heading's anchor #fixture-shares-widgets is already taken by the item "Fixture behavior, shares fixture widgets with the fixture team": reword the heading`,
    ],
  ])('refuses %s, at its line and column', (name, expected) => {
    expect(problemsIn(ladderWith(name))).toEqual([expected]);
  });

  it('refuses <style>, and the expression inside it', () => {
    expect(problemsIn(ladderWith('body-style'))).toEqual([
      `${l1}:12:1 <style> ${runs}`,
      `${l1}:12:8 {…} runs code when the site is built, so it is not allowed: write \\{ for a brace`,
    ]);
  });

  it('reports a body that is not valid MDX where the MDX parser finds it', () => {
    expect(problemsIn(ladderWith('body-mdx-syntax'))).toEqual([
      `${l1}:12:1 MDX: Expected a closing tag for \`<abbr>\` (4:1-4:17) before the end of \`paragraph\``,
    ]);
  });
});

describe('nothing vanishes silently', () => {
  it.each([
    [
      'text-trailing-comment',
      `${k1}:9:5 items[0].text is followed by " #1 fan", which YAML reads as a comment and drops: put the whole value in quotes (or the comment on its own line)`,
    ],
    [
      'section-body',
      `${k1}:14:1 a section file shows no text below its frontmatter, so this would vanish: move it into a field, or into the level's introduction`,
    ],
    [
      'wrong-extension',
      'content/sections/level-1/fixture-craft/common-struggles.md:1:1 a .md file is not read, so it would vanish: content files are .mdx; rename it',
    ],
    [
      'section-misplaced',
      'content/sections/level-2/fixture-craft/common-struggles.mdx:5:1 kind this "common-struggles" section of level 1 must be content/sections/level-1/common-struggles.mdx or content/sections/level-1/fixture-craft/common-struggles.mdx, so it is found where it belongs',
    ],
    [
      'section-misnamed',
      'content/sections/level-1/fixture-people/common-struggles.mdx:5:1 kind this "questions-to-ask-yourself" section of level 1 must be content/sections/level-1/questions-to-ask-yourself.mdx or content/sections/level-1/fixture-people/questions-to-ask-yourself.mdx, so it is found where it belongs',
    ],
    [
      'level-misnamed',
      "content/levels/first.mdx:3:1 id level 5's file must be content/levels/level-5.mdx, so it is found where it belongs",
    ],
    ['yaml-merge-key', `${l1}:8:1 << YAML merge keys (<<) are not supported: write the fields out in full`],
  ])('refuses %s', (name, expected) => {
    expect(problemsIn(ladderWith(name))).toContain(expected);
  });

  it('refuses a file that is not part of the handbook, and ignores editor and system files', () => {
    const root = ladderWith();
    writeFileSync(join(root, 'content/notes.txt'), 'Fixture notes');
    writeFileSync(join(root, 'content/.DS_Store'), '');
    expect(problemsIn(root)).toEqual([
      'content/notes.txt:1:1 this file is not part of the handbook, so it would vanish: content files are .mdx in content/framework/, content/levels/ and content/sections/ (and releases, .json in content/releases/)',
    ]);
  });

  it('refuses a second file whose name would make the same page, naming both', () => {
    const root = ladderWith();
    cpSync(join(root, k1), join(root, 'content/sections/level-1/fixture-craft/Key-Behaviors.mdx'));
    const problems = problemsIn(root);
    expect(problems).toContain(
      'content/sections/level-1/fixture-craft/Key-Behaviors.mdx:4:1 kind this "key-behaviors" section of level 1 must be content/sections/level-1/key-behaviors.mdx or content/sections/level-1/fixture-craft/key-behaviors.mdx, so it is found where it belongs',
    );
    // Both files are named: the duplicate is reported at one, pointing at the other.
    const duplicate = problems.find((line) => line.includes('already has a "key-behaviors" section'));
    expect(duplicate).toContain(k1);
    expect(duplicate).toContain('Key-Behaviors.mdx');
  });

  it('refuses bytes that are not UTF-8, at the line they are on', () => {
    const root = ladderWith();
    const file = join(root, k1);
    const bytes = readFileSync(file);
    const at = bytes.indexOf('widgets');
    writeFileSync(file, Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]));
    const lines = bytes.subarray(0, at).toString('utf8').split('\n');
    expect(problemsIn(root)).toEqual([
      `${k1}:${lines.length}:${(lines.at(-1)?.length ?? 0) + 1} this file is not UTF-8 text: save it as UTF-8`,
    ]);
  });
});

describe('every file is read as the build reads it', () => {
  it('reads a file with a byte-order mark and Windows line endings', () => {
    const root = ladderWith();
    const file = join(root, k1);
    writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8').replace(/\n/g, '\r\n')}`);
    expect(problemsIn(root)).toEqual([]);
  });

  it('does not end the frontmatter at a --- inside a value', () => {
    const root = ladderWith();
    const file = join(root, k1);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('title: Fixture Key Behaviors', 'title: Fixture Key --- Behaviors'),
    );
    const { handbook, problems } = compileContent(root);
    expect(problems).toEqual([]);
    expect(handbook?.levels[0]?.sections[0]?.title).toBe('Fixture Key --- Behaviors');
  });

  it('reads a date or a number where text belongs as the words written, or refuses it', () => {
    const root = ladderWith();
    const file = join(root, k1);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'text: Fixture behavior, asks *fixture* questions early',
        'text: 2024-05-01',
      ),
    );
    expect(
      allItems(compileContent(root).handbook ?? ({ levels: [] } as never)).find(
        ({ id }) => id === 'fixture-asks-questions',
      )?.text.plain,
    ).toBe('2024-05-01');
  });
});
