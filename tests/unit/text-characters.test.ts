/** Refused characters, reader-facing fields and word limits, on made-up strings. */
import { describe, expect, it } from 'vitest';
import {
  characterLabel,
  refusedCharacterProblems,
  refusedCharacters,
  shown,
} from '../../src/pipeline/check/text-characters';
import { checkText, overlongWord, textFields } from '../../src/pipeline/check/text-check';
import { readFrontmatter } from '../../src/pipeline/read/frontmatter';

describe('refusedCharacters', () => {
  it('finds bidi controls and C0/C1 controls, by name', () => {
    expect(
      refusedCharacters('a\u202Eb\u0000c\u001Bd\u007Fe\u0085f\u2066g').map((found) => found.label),
    ).toEqual([
      'U+202E RIGHT-TO-LEFT OVERRIDE',
      'U+0000 NULL',
      'U+001B ESCAPE',
      'U+007F DELETE',
      'U+0085 NEXT LINE',
      'U+2066 LEFT-TO-RIGHT ISOLATE',
    ]);
    expect(characterLabel(0x93)).toBe('U+0093 control character');
  });

  it('allows tab, line feed, a Windows line end, and the direction marks right-to-left writing needs', () => {
    expect(refusedCharacters('a\tb\nc\r\nd \u200E \u200F \u061C עברית')).toEqual([]);
    expect(refusedCharacters('a\rb').map((found) => found.label)).toEqual(['U+000D CARRIAGE RETURN']);
  });

  it('writes refused characters as escapes, so a line never reorders a terminal', () => {
    expect(shown('a\u202Eb')).toBe('a\\u202Eb');
  });
});

describe('refusedCharacterProblems', () => {
  const problems = (source: string) =>
    refusedCharacterProblems('f.mdx', readFrontmatter(source)).map(
      ({ line, column, field }) => `${line}:${column} ${field}`,
    );

  it('places a character of a value written as it reads at the character', () => {
    expect(problems('---\ntitle: ab\u202Ec\n---\n')).toEqual(['2:10 title']);
    expect(problems("---\ntitle: 'ab\u202Ec'\n---\n")).toEqual(['2:11 title']);
    expect(problems('---\nlist:\n  - ok\n  - "x\u0007"\n---\n')).toEqual(['4:7 list[1]']);
  });

  it('places one written as an escape, or folded over lines, at its field', () => {
    expect(problems('---\ntitle: "a\\eb"\n---\n')).toEqual(['2:1 title']);
    expect(problems('---\ntitle: >\n  a\n  b\u001B\n---\n')).toEqual(['2:1 title']);
  });

  it('checks a body line by line', () => {
    const found = refusedCharacterProblems('f.mdx', readFrontmatter('---\na: b\n---\n'), {
      text: 'fine\nbad \u202D here\n',
      line: 4,
    });
    expect(found.map(({ line, column }) => `${line}:${column}`)).toEqual(['5:5']);
  });
});

describe('textFields', () => {
  it('names every reader-facing field of a framework, a level and a section', () => {
    const framework = {
      name: 'n',
      summary: 's',
      competencies: [{ id: 'c', title: 't', summary: 's' }],
      tracks: [{ id: 't', title: 't' }],
      sectionKinds: [{ id: 'k', title: 't' }],
      scales: [{ id: 's', title: 't', values: ['a', 'b'] }],
    };
    expect(textFields(framework).map((path) => path.join('.'))).toEqual([
      'name',
      'summary',
      'competencies.0.title',
      'competencies.0.summary',
      'tracks.0.title',
      'sectionKinds.0.title',
      'scales.0.title',
      'scales.0.values.0',
      'scales.0.values.1',
    ]);
    expect(textFields({ title: 't', role: 'r', closing: 'c' })).toHaveLength(3);
    expect(
      textFields({ title: 't', lead: 'l', items: [{ id: 'i', text: 't', subpoints: ['a'] }] }).map((path) =>
        path.join('.'),
      ),
    ).toEqual(['title', 'lead', 'items.0.text', 'items.0.subpoints.0']);
  });
});

describe('checkText', () => {
  it('refuses a link with no words, and allows one with words', () => {
    expect(checkText('[](https://example.org)')).toHaveLength(1);
    expect(checkText('[ ](/levels/1/)')).toHaveLength(1);
    expect(checkText('[words](https://example.org)')).toEqual([]);
  });

  it('measures words a reader sees, not link addresses', () => {
    expect(checkText(`[a link](https://example.org/${'x'.repeat(200)})`)).toEqual([]);
    expect(checkText(`a ${'x'.repeat(81)} b`)[0]).toMatch(/^has a word of 81 characters/);
    expect(checkText(`a ${'x'.repeat(80)} b`)).toEqual([]);
  });
});

describe('overlongWord', () => {
  it('breaks words at spaces, hyphens and punctuation', () => {
    expect(overlongWord(Array(10).fill('x'.repeat(40)).join('-'))).toBeUndefined();
    expect(overlongWord(Array(10).fill('x'.repeat(40)).join(' '))).toBeUndefined();
    expect(overlongWord('y'.repeat(100))?.length).toBe(100);
  });

  it('finds words in writing without spaces', () => {
    expect(overlongWord('私はエンジニアとしてチームの仕事を改善します。'.repeat(10))).toBeUndefined();
  });
});
