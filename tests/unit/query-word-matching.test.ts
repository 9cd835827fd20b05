/**
 * Which of a query's words a search result really has. A result counts as a full match only when
 * every word is in it, as itself or as an inflection (the same stem); a word Pagefind found nowhere,
 * or only as the start of another word ("hands" for "handling"), or only as a list's number ("3." for
 * "3"), is not matched, so the search says its results match only some of the words.
 */
import { describe, expect, it } from 'vitest';
import { isFormOf, markedTerms, matchedWords, wordStem } from '../../src/client/query-words';
import { coversAll, pickLinks, type PagefindResultData } from '../../src/client/search-results';

describe('wordStem', () => {
  it.each([
    ['handling', 'handle'],
    ['outages', 'outage'],
    ['delegating', 'delegation'],
    ['prioritizing', 'prioritize'],
    ['customers', 'Customer'],
    ['Levels', 'level'],
    ['tradeoffs', 'tradeoff'],
    ['questions', 'question'],
  ])('gives %s and %s one stem', (a, b) => {
    expect(wordStem(a)).toBe(wordStem(b));
  });

  it.each([
    ['handling', 'hands'],
    ['outages', 'out'],
    ['prioritizing', 'priority'],
  ])('tells %s from %s', (a, b) => {
    expect(wordStem(a)).not.toBe(wordStem(b));
  });
});

describe('isFormOf', () => {
  it.each([
    ['handling', 'handle'],
    ['handle', 'Handling'],
    ['outage', 'outages'],
    ['outages', 'outage'],
    ['delegate', 'delegation'],
    ['3', '3'],
    ['r', 'R'],
  ])('counts %s as found in %s', (query, word) => {
    expect(isFormOf(query, word)).toBe(true);
  });

  it.each([
    ['handling', 'hands'],
    ['handling', 'hand'],
    ['outages', 'on'],
    ['outages', 'out'],
    ['on', 'one'],
    ['to', 'the'],
    ['up', 'update'],
    ['3', '30'],
    ['team', 'teaching'],
    ['level', 'leverage'],
  ])('does not count %s as found in %s: another word that begins alike', (query, word) => {
    expect(isFormOf(query, word)).toBe(false);
  });

  it('lets the word being typed be the start of what it found, and only that word', () => {
    expect(isFormOf('deleg', 'delegate', true)).toBe(true);
    expect(isFormOf('hand', 'handling', true)).toBe(true);
    expect(isFormOf('hand', 'handling')).toBe(false);
    expect(isFormOf('handling', 'hands', true)).toBe(false);
    expect(isFormOf('outages', 'on', true)).toBe(false);
  });
});

describe('markedTerms', () => {
  it('splits marks into words, lower-case, once each, entities decoded, a compound also whole', () => {
    expect(markedTerms('<mark>Hands-on</mark> and <mark>hands</mark> <mark>R&amp;D</mark>')).toEqual([
      'hands',
      'on',
      'handson',
      'r',
      'd',
    ]);
  });

  it("leaves out a list's number written in the text, and keeps any other number", () => {
    expect(markedTerms('projects <mark>3</mark>. Hands-on')).toEqual([]);
    expect(markedTerms('projects <mark>3.</mark> Hands-on')).toEqual([]);
    expect(markedTerms('<mark>2)</mark> Reviews')).toEqual([]);
    expect(markedTerms('the end <mark>3</mark>.')).toEqual([]);
    expect(markedTerms('Level <mark>3</mark> engineers')).toEqual(['3']);
    expect(markedTerms('<mark>3.5</mark> days')).toEqual(['3', '5']);
    expect(markedTerms('in <mark>2024</mark>. Then')).toEqual(['2024']);
    expect(markedTerms('<mark>3</mark>.5 days')).toEqual(['3']);
  });
});

describe('matchedWords', () => {
  it('finds none of "handling outages" in "Hands-on", whatever Pagefind marked', () => {
    expect(matchedWords('handling outages', '<mark>Hands-on</mark> incident work')).toEqual([]);
    expect(matchedWords('handling outages', 'Leads <mark>Hands</mark>-on, <mark>on</mark> call')).toEqual([]);
  });

  it('finds a word in any inflection, and each word once', () => {
    expect(
      matchedWords('handling outages', 'Calm when <mark>handling</mark> production <mark>outage</mark>'),
    ).toEqual(['handling', 'outages']);
    expect(matchedWords('handle outage', '<mark>Handles</mark> <mark>outages</mark> calmly')).toEqual([
      'handle',
      'outage',
    ]);
  });

  it('does not count a number that only numbers a list', () => {
    const excerpt = 'a <mark>senior</mark> <mark>engineer</mark> on large projects <mark>3</mark>. Hands-on';
    expect(matchedWords('senior engineer 3', excerpt)).toEqual(['senior', 'engineer']);
    expect(
      matchedWords(
        'senior engineer 3',
        'a <mark>senior</mark> <mark>engineer</mark> of level <mark>3</mark>',
      ),
    ).toEqual(['senior', 'engineer', '3']);
  });

  it('counts the last word typed in part, and no other', () => {
    expect(matchedWords('delegate own', '<mark>delegate</mark> <mark>ownership</mark>')).toEqual([
      'delegate',
      'own',
    ]);
    expect(matchedWords('own delegate', '<mark>delegate</mark> <mark>ownership</mark>')).toEqual([
      'delegate',
    ]);
  });

  it("finds a reader's word where the hidden search terms carry it", () => {
    expect(
      matchedWords(
        'stakeholder alignment',
        'works with the <mark>customer</mark> · <mark>stakeholders</mark> · <mark>alignment</mark>',
      ),
    ).toEqual(['stakeholder', 'alignment']);
  });
});

describe('coversAll, on the searches readers reported', () => {
  const page = (excerpts: string[]): PagefindResultData => ({
    url: '/levels/fixture/key-behaviors/',
    excerpt: excerpts[0] ?? '',
    meta: { title: 'Fixture' },
    sub_results: excerpts.map((excerpt, index) => ({
      title: `Fixture item ${index}`,
      url: `/levels/fixture/key-behaviors/#item-${index}`,
      excerpt,
      locations: [index],
    })),
  });

  it('is false for "handling outages" when every result matched only "Hands-on"', () => {
    const results = [1, 2, 3].map((n) => page([`Leads <mark>Hands-on</mark> fixture work ${n}`]));
    expect(coversAll(pickLinks(results, 30, { query: 'handling outages' }), 'handling outages')).toBe(false);
  });

  it('is false for "senior engineer 3" when the 3 only numbers a sub-point', () => {
    const results = [
      page(['<mark>Senior</mark> <mark>engineer</mark> who leads projects <mark>3</mark>. Hands-on']),
    ];
    expect(coversAll(pickLinks(results, 30, { query: 'senior engineer 3' }), 'senior engineer 3')).toBe(
      false,
    );
  });

  it('is true when one result has every word, in any inflection', () => {
    const results = [
      page(['<mark>Hands-on</mark> fixture work']),
      page(['Calm when <mark>handling</mark> <mark>outages</mark>']),
    ];
    expect(coversAll(pickLinks(results, 30, { query: 'handling outages' }), 'handling outages')).toBe(true);
    expect(coversAll(pickLinks(results, 30, { query: 'handle outage' }), 'handle outage')).toBe(true);
  });

  it('is false when the words are only spread over several results', () => {
    const results = [page(['<mark>handling</mark> incidents']), page(['planned <mark>outages</mark>'])];
    expect(coversAll(pickLinks(results, 30, { query: 'handling outages' }), 'handling outages')).toBe(false);
  });
});
