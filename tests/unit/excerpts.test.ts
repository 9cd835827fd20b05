import { describe, expect, it } from 'vitest';
import { markedWords, plainText, segments } from '../../src/client/excerpts';

describe('markedWords', () => {
  it('collects each marked word once, without trailing punctuation, entities decoded', () => {
    expect(
      markedWords(
        '<mark>tradeoffs.</mark> and <mark>Tradeoffs</mark> <mark>R&amp;D</mark> <mark>tradeoffs.</mark>',
      ),
    ).toEqual(['tradeoffs', 'Tradeoffs', 'R&D']);
  });
});

describe('plainText', () => {
  it('drops the marks and decodes entities', () => {
    expect(plainText('it&#39;s <mark>x</mark> &lt;y&gt; &quot;z&quot;')).toBe('it\'s x <y> "z"');
  });
});

describe('segments', () => {
  it('marks whole words, whatever their case', () => {
    expect(segments('Delegate what you delegated to delegate', ['delegate'])).toEqual([
      { text: 'Delegate', mark: true },
      { text: ' what you delegated to ', mark: false },
      { text: 'delegate', mark: true },
    ]);
  });
  it('treats the words as text, not patterns', () => {
    expect(segments('a (b) c', ['(b)'])).toEqual([
      { text: 'a ', mark: false },
      { text: '(b)', mark: true },
      { text: ' c', mark: false },
    ]);
  });
  it('returns the text unmarked when there is nothing to mark', () => {
    expect(segments('plain', [])).toEqual([{ text: 'plain', mark: false }]);
  });
});
