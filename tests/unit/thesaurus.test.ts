/**
 * The reader's words: which items the thesaurus gives a reader's word to, which of its phrases find
 * nothing, and which words are offered as examples after a search that finds nothing.
 */
import { describe, expect, it } from 'vitest';
import { mentions, searchExamples, thesaurusTerms, unusedPhrases } from '../../src/pipeline/model/thesaurus';

describe('mentions', () => {
  it('finds a phrase starting at a word, case and spacing aside', () => {
    expect(mentions('Influence product direction across teams', 'product  Direction')).toBe(true);
    expect(mentions('Product directions shift', 'product direction')).toBe(true);
    expect(mentions('(Mentors) others', 'mentors')).toBe(true);
  });
  it('does not find a phrase inside another word', () => {
    expect(mentions('Unaligned goals', 'aligned')).toBe(false);
    expect(mentions('Mentorship', 'ship')).toBe(false);
  });
  it('treats the phrase as text, not a pattern', () => {
    expect(mentions('a (b) c', '(b)')).toBe(true);
    expect(mentions('abc', 'a.c')).toBe(false);
  });
});

const thesaurus = {
  stakeholder: ['customer', 'across teams'],
  coaching: ['mentors'],
  promotion: ['level up'],
};

describe('thesaurusTerms', () => {
  it("gives an item the reader's words whose phrases its text or its section's title uses, in thesaurus order", () => {
    expect(thesaurusTerms(thesaurus, ['Mentors others across teams', 'Key Behaviors'])).toEqual([
      'stakeholder',
      'coaching',
    ]);
    expect(thesaurusTerms(thesaurus, ['Ships on time', "Signals you're ready to level up"])).toEqual([
      'promotion',
    ]);
    expect(thesaurusTerms(thesaurus, ['Nothing in common'])).toEqual([]);
  });
});

describe('unusedPhrases', () => {
  it('lists each phrase no text uses, with its term and its place in the list', () => {
    expect(unusedPhrases(thesaurus, ['Delights the customer', 'Mentors others'])).toEqual([
      { term: 'stakeholder', index: 1, phrase: 'across teams' },
      { term: 'promotion', index: 0, phrase: 'level up' },
    ]);
    expect(unusedPhrases(thesaurus, ['customer across teams, mentors, level up'])).toEqual([]);
  });
});

describe('searchExamples', () => {
  it("offers the thesaurus's terms that find an item, in its order, then items' own terms", () => {
    const items = [{ searchTerms: ['coaching', 'marsupials'] }, { searchTerms: ['stakeholder'] }];
    expect(searchExamples(thesaurus, items)).toEqual(['stakeholder', 'coaching', 'marsupials']);
    expect(searchExamples(thesaurus, items, 2)).toEqual(['stakeholder', 'coaching']);
  });
  it('offers none when no item has search terms', () => {
    expect(searchExamples(thesaurus, [{ searchTerms: [] }])).toEqual([]);
  });
});
