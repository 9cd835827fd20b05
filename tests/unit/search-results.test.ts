import { describe, expect, it } from 'vitest';
import {
  canonicalItemUrl,
  markedWords,
  pickLinks,
  plainText,
  segments,
  type PagefindResultData,
} from '../../src/lib/search-results';

const struggles: PagefindResultData = {
  url: '/levels/4/common-struggles/',
  excerpt: 'May struggle to <mark>delegate</mark> ownership',
  meta: { title: 'Common Struggles · Level 4' },
  sub_results: [
    {
      title: 'Common Struggles',
      url: '/levels/4/common-struggles/',
      excerpt: 'Common Struggles',
      locations: [],
    },
    {
      title: 'May struggle to delegate ownership of product details',
      url: '/levels/4/common-struggles/#struggles-to-delegate',
      excerpt: 'May struggle to <mark>delegate</mark> ownership of product details.',
      locations: [4],
    },
    { title: 'Other item', url: '/levels/4/common-struggles/#other', excerpt: 'Other item.', locations: [] },
  ],
};
const level: PagefindResultData = {
  url: '/levels/4/',
  excerpt: 'You help <mark>define</mark> product direction &amp; more.',
  meta: { title: 'Level 4: strategic product partner' },
  sub_results: [{ title: 'Level 4', url: '/levels/4/', excerpt: 'x', locations: [1] }],
};

describe('pickLinks', () => {
  it("lands on the matching item, with the item's own words", () => {
    expect(pickLinks([struggles], 8)).toEqual([
      {
        url: '/levels/4/#struggles-to-delegate',
        text: 'May struggle to delegate ownership of product details',
        marks: ['delegate'],
        context: 'Common Struggles · Level 4',
      },
    ]);
  });

  it('falls back to the page and its excerpt when no item matched', () => {
    expect(pickLinks([level], 8)).toEqual([
      {
        url: '/levels/4/',
        text: 'You help define product direction & more.',
        marks: ['define'],
        context: 'Level 4: strategic product partner',
      },
    ]);
  });

  it('puts the items with most hits first, at most three per page, and at most max links', () => {
    const many: PagefindResultData = {
      ...struggles,
      sub_results: [1, 3, 2, 5].map((hits) => ({
        title: `t${hits}`,
        url: `/p/#i${hits}`,
        excerpt: '',
        locations: Array<number>(hits).fill(0),
      })),
    };
    expect(pickLinks([many], 8).map((link) => link.text)).toEqual(['t5', 't3', 't2']);
    expect(pickLinks([many, level], 2)).toHaveLength(2);
  });

  it('keeps items that Pagefind gives no hit locations for, after those it does', () => {
    const unknown: PagefindResultData = {
      ...struggles,
      sub_results: [
        { title: 'no locations', url: '/p/#a', excerpt: '' },
        { title: 'one hit', url: '/p/#b', excerpt: '', locations: [0] },
      ],
    };
    expect(pickLinks([unknown], 8).map((link) => link.text)).toEqual(['one hit', 'no locations']);
  });

  it('uses the URL when a page has no title', () => {
    expect(pickLinks([{ ...level, meta: {} }], 1)[0]?.context).toBe('/levels/4/');
  });
});

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

describe('canonicalItemUrl', () => {
  it('lands an item found on its section page at its canonical URL on its level page, under any base', () => {
    expect(canonicalItemUrl('/levels/4/common-struggles/#struggles-to-delegate')).toBe(
      '/levels/4/#struggles-to-delegate',
    );
    expect(canonicalItemUrl('/handbook/levels/3-ic/key-behaviors/#x')).toBe('/handbook/levels/3-ic/#x');
  });
  it('leaves pages and level-page anchors alone', () => {
    expect(canonicalItemUrl('/levels/4/')).toBe('/levels/4/');
    expect(canonicalItemUrl('/levels/4/#closing')).toBe('/levels/4/#closing');
  });
});
