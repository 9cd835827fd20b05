/**
 * Ranking by where a word is found (src/client/search-results.ts): a word in an item's own text counts
 * more than one in its thesaurus terms, which counts more than one the dictionary added; the word as
 * typed more than another form of it. Hits are read from their locations in the page's text, so a
 * word far from the excerpt still counts, and an item found only through its search terms says so.
 */
import { describe, expect, it } from 'vitest';
import { itemTitle } from '../../src/client/item-title';
import {
  mergeResults,
  pickLinks,
  pickTarget,
  unmatchedWords,
  wordHits,
  type PagefindResultData,
} from '../../src/client/search-results';

const title = (text: string) =>
  itemTitle({ text, context: 'Fixture · Key Behaviors', competency: 'c', weight: 5 });

/** A page whose raw content is `words`; each item is its text, then search terms, weighted. */
function page(items: { id: string; text: string; terms?: [string, number][] }[]): PagefindResultData {
  const words: string[] = [];
  const subs = items.map(({ id, text, terms = [] }) => {
    const start = words.length;
    const weights: number[] = [];
    for (const word of text.split(' ')) {
      words.push(word);
      weights.push(1);
    }
    for (const [word, weight] of terms) {
      words.push(word);
      weights.push(weight);
    }
    return { id, text, start, weights };
  });
  const content = words.join(' ');
  return {
    url: '/levels/fixture/key-behaviors/',
    excerpt: '',
    meta: { title: 'Fixture' },
    raw_content: content,
    sub_results: subs.map(({ id, text, start, weights }) => ({
      title: title(text),
      url: `/levels/fixture/key-behaviors/#${id}`,
      excerpt: '',
      locations: weights.map((_, index) => start + index),
      weighted_locations: weights.map((weight, index) => ({ weight, location: start + index })),
    })),
  };
}

/** Keeps only the hits of `query`'s words: a sub-result's locations are those of its hits. */
function hitsOnly(data: PagefindResultData, query: string): PagefindResultData {
  const words = (data.raw_content ?? '').split(' ');
  const wanted = query.toLowerCase().split(' ');
  return {
    ...data,
    sub_results: data.sub_results.map((sub) => {
      const keep = (sub.locations ?? [])
        .map((location, index) => ({ location, index }))
        .filter(({ location }) =>
          wanted.some((word) => (words[location] ?? '').toLowerCase().startsWith(word.slice(0, 5))),
        );
      return {
        ...sub,
        locations: keep.map(({ location }) => location),
        weighted_locations: keep.map(
          ({ index }) => sub.weighted_locations?.[index] ?? { weight: 1, location: 0 },
        ),
      };
    }),
  };
}

describe('wordHits', () => {
  const data = page([
    {
      id: 'a',
      text: 'Fixture quality work',
      terms: [
        ['excellence', 0.8],
        ['calibre', 0.5],
      ],
    },
  ]);
  const [sub = { title: '', url: '', excerpt: '' }] = hitsOnly(
    data,
    'quality excellence calibre',
  ).sub_results;
  const content = data.raw_content?.split(' ');

  it('gives each query word its heaviest hit, as found in the page text', () => {
    expect(wordHits('quality', sub, content)).toEqual([{ word: 'quality', weight: 1, found: 'quality' }]);
    expect(wordHits('excellence', sub, content)).toEqual([
      { word: 'excellence', weight: 0.8, found: 'excellence' },
    ]);
    expect(wordHits('calibre', sub, content)).toEqual([{ word: 'calibre', weight: 0.5, found: 'calibre' }]);
  });

  it('weighs another form of the word, and a word the last one only begins, a little less', () => {
    expect(wordHits('qualities', sub, content)[0]?.weight).toBeCloseTo(0.9);
    expect(wordHits('qual', sub, content)[0]?.weight).toBeCloseTo(0.8);
  });

  it('finds a compound the index split in two by the marks of the excerpt', () => {
    const split = page([{ id: 'b', text: 'Fixture push back' }]);
    const [found] = hitsOnly(split, 'push back').sub_results;
    const hits = { title: '', url: '', ...found, excerpt: '<mark>push</mark> <mark>back</mark>' };
    expect(wordHits('push-back', hits, split.raw_content?.split(' '))).toEqual([
      { word: 'push-back', weight: 1, found: 'push-back' },
    ]);
  });

  it("falls back to the excerpt's marks without locations", () => {
    const marked = { title: 'x', url: '/x/#x', excerpt: '<mark>quality</mark> work' };
    expect(wordHits('quality work', marked)).toEqual([{ word: 'quality', weight: 1, found: 'quality' }]);
  });
});

describe('pickLinks, by where the words are', () => {
  const results = (query: string) =>
    [
      page([
        { id: 'dictionary', text: 'Fixture calibre work', terms: [['quality', 0.5]] },
        { id: 'thesaurus', text: 'Fixture excellence work', terms: [['quality', 0.8]] },
        { id: 'own', text: 'Fixture quality work' },
      ]),
    ].map((data) => hitsOnly(data, query));
  const ids = (query: string) =>
    pickLinks(results(query), 8, { query }).map((link) => link.url.split('#')[1]);

  it("puts the item's own word first, then the thesaurus's, then the dictionary's", () => {
    expect(ids('quality')).toEqual(['own', 'thesaurus', 'dictionary']);
  });

  it('says which words an item was found by only through its search terms', () => {
    const links = pickLinks(results('quality'), 8, { query: 'quality' });
    expect(links.map((link) => link.via?.map((hit) => hit.word))).toEqual([
      undefined,
      ['quality'],
      ['quality'],
    ]);
    expect(links.map((link) => link.matched)).toEqual([['quality'], ['quality'], ['quality']]);
  });
});

describe('unmatchedWords', () => {
  it("lists the query's words that no link has", () => {
    const links = pickLinks([hitsOnly(page([{ id: 'a', text: 'Fixture quality work' }]), 'quality')], 8, {
      query: 'quality xyzzy',
    });
    expect(unmatchedWords(links, 'quality xyzzy')).toEqual(['xyzzy']);
    expect(unmatchedWords([], 'with')).toEqual(['with']);
  });
});

describe('mergeResults, with weighted hits', () => {
  it('keeps the weights of a part found by several words, and drops them when one search gave none', () => {
    const data = page([{ id: 'a', text: 'Fixture quality work' }]);
    const [first] = mergeResults([[hitsOnly(data, 'quality')], [hitsOnly(data, 'work')]]);
    expect(first?.sub_results[0]?.weighted_locations).toHaveLength(2);
    const bare = {
      ...data,
      sub_results: data.sub_results.map(({ title, url, excerpt, locations }) => ({
        title,
        url,
        excerpt,
        ...(locations ? { locations } : {}),
      })),
    };
    const [mixed] = mergeResults([[hitsOnly(data, 'quality')], [bare]]);
    expect(mixed?.sub_results[0]?.weighted_locations).toBeUndefined();
  });
});

describe('pickTarget', () => {
  it("reads an item's level and id from its canonical URL, under any base", () => {
    expect(pickTarget('/handbook/levels/3-ic/#fixture-item')).toEqual({ level: '3-ic', key: 'fixture-item' });
    expect(pickTarget('/levels/4/?q=x#a%20b')).toEqual({ level: '4', key: 'a b' });
  });
  it('gives nothing for a page, a section page, or an id it cannot decode', () => {
    expect(pickTarget('/levels/4/')).toBeUndefined();
    expect(pickTarget('/levels/4/key-behaviors/#x')).toBeUndefined();
    expect(pickTarget('/levels/4/#%E0%A4%A')).toBeUndefined();
  });
});
