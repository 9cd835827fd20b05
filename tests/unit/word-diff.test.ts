import { describe, expect, it } from 'vitest';
import { diffText, wordDiff, type DiffToken } from '../../src/pipeline/releases/word-diff';

/** The text a diff's kept and removed runs make (`-1`), or its kept and added runs (`1`). */
function side(tokens: readonly DiffToken[], op: -1 | 1): string {
  return tokens
    .filter(([tokenOp]) => tokenOp !== -op)
    .map(([, text]) => text)
    .join('');
}

/** Checks what every diff promises: both texts back, no empty runs, no two adjacent runs of one op. */
function expectWellFormed(before: string, after: string): DiffToken[] {
  const tokens = wordDiff(before, after);
  expect(side(tokens, -1)).toBe(before);
  expect(side(tokens, 1)).toBe(after);
  for (const [index, [op, text]] of tokens.entries()) {
    expect(text).not.toBe('');
    expect(tokens[index + 1]?.[0]).not.toBe(op);
  }
  return tokens;
}

/** A small deterministic generator, so the property test reads the same texts every run. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('wordDiff', () => {
  it('replaces one word with one removed and one added run', () => {
    const tokens = expectWellFormed('Anticipates product needs', 'Anticipates customer needs');
    expect(tokens).toEqual([
      [0, 'Anticipates '],
      [-1, 'product'],
      [1, 'customer'],
      [0, ' needs'],
    ]);
    expect(diffText(tokens)).toBe('Anticipates [-product-]{+customer+} needs');
  });

  it('keeps a replacement of several words as one removed and one added run', () => {
    const tokens = expectWellFormed('Fixture one two three four', 'Fixture uno dos tres four');
    expect(diffText(tokens)).toBe('Fixture [-one two three-]{+uno dos tres+} four');
  });

  it('keeps words shared between changes, and marks punctuation alone', () => {
    expect(diffText(expectWellFormed('Hello, fixture world.', 'Hello fixture world!'))).toBe(
      'Hello[-,-] fixture world[-.-]{+!+}',
    );
    expect(diffText(expectWellFormed('one, two', 'uno, dos'))).toBe('[-one-]{+uno+}, [-two-]{+dos+}');
  });

  it('shows words only added or only removed', () => {
    expect(diffText(expectWellFormed('Fixture sat.', 'Fixture sat down.'))).toBe('Fixture sat{+ down+}.');
    expect(diffText(expectWellFormed('Fixture sat down.', 'Fixture sat.'))).toBe('Fixture sat[- down-].');
    expect(diffText(expectWellFormed('', 'Fixture'))).toBe('{+Fixture+}');
    expect(diffText(expectWellFormed('Fixture', ''))).toBe('[-Fixture-]');
    expect(wordDiff('', '')).toEqual([]);
    expect(diffText(expectWellFormed('a b c d', 'b d'))).toBe('[-a -]b [-c -]d');
  });

  it('keeps the spaces a replacement shares, and shows a change of spacing as spaces', () => {
    expect(diffText(expectWellFormed('The  cat sat.', 'The dog sat down.'))).toBe(
      'The [- cat-]{+dog+} sat{+ down+}.',
    );
    expect(expectWellFormed('a  b', 'a b')).toEqual([
      [0, 'a '],
      [-1, ' '],
      [0, 'b'],
    ]);
  });

  it('diffs sub-points on their own lines', () => {
    const tokens = expectWellFormed('Fixture\n1. one two', 'Fixture\n1. one three\n2. four');
    expect(diffText(tokens)).toBe('Fixture\n1. one [-two-]{+three\n2. four+}');
  });

  it('gives both texts back for any pair of texts', () => {
    const random = generator(17);
    const words = ['fixture', 'word', 'a', 'the', ',', '.', ' ', '  ', '\n', '1.', 'needs', 'product'];
    const text = () =>
      Array.from(
        { length: Math.floor(random() * 12) },
        () => words[Math.floor(random() * words.length)],
      ).join(random() < 0.5 ? ' ' : '');
    for (let round = 0; round < 300; round += 1) expectWellFormed(text(), text());
  });
});

describe('diffText', () => {
  it('writes each run as git --word-diff does', () => {
    expect(
      diffText([
        [0, 'Keeps '],
        [-1, 'old'],
        [1, 'new'],
        [0, ' words'],
      ]),
    ).toBe('Keeps [-old-]{+new+} words');
    expect(diffText([])).toBe('');
  });
});
