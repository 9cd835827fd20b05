/**
 * Why a result was found and what a misspelt query meant (src/client/explain.ts), from a fixture
 * search vocabulary shaped like `search/words.json`.
 */
import { describe, expect, it } from 'vitest';
import { correctedQuery, explainLink, readVocabulary } from '../../src/client/explain';
import type { SearchLink } from '../../src/client/search-results';
import { searchWords } from '../../src/client/words/search';

const vocabulary = readVocabulary({
  words: ['product', 'strategic', 'delegate', 'customer', 'tradeoffs', 'follow', 'through', 'level'],
  terms: {
    stakeholder: ['customer', 'across teams'],
    'push back': ['challenges'],
    assign: ['delegate'],
    promotion: ['level up'],
  },
});

const link = (
  text: string,
  via: SearchLink['via'],
  context = 'Fixture Level · Key Behaviors',
): SearchLink => ({
  url: '/levels/fixture/#item',
  text,
  marks: [],
  context,
  matched: (via ?? []).map((hit) => hit.word),
  ...(via ? { via } : {}),
});

describe('explainLink', () => {
  it("names the item's words a reader's word stands for, and marks them", () => {
    const explained = explainLink(
      link('Connects fixture work to customer impact', [
        { word: 'stakeholders', weight: 0.8, found: 'stakeholder' },
      ]),
      vocabulary,
    );
    expect(explained.reasons).toEqual([{ word: 'stakeholders', matches: ['customer'] }]);
    expect(explained.marks).toEqual(['customer']);
  });

  it('finds a phrase by any of its words, and one its section title has', () => {
    const pushed = explainLink(
      link('Challenges fixture plans', [{ word: 'back', weight: 0.8, found: 'back' }]),
      vocabulary,
    );
    expect(pushed.reasons).toEqual([{ word: 'back', matches: ['challenges'] }]);
    const promoted = explainLink(
      link(
        'Fixture voice',
        [{ word: 'promotion', weight: 0.8, found: 'promotion' }],
        'Fixture · Ready to Level Up',
      ),
      vocabulary,
    );
    expect(promoted.reasons).toEqual([{ word: 'promotion', matches: ['level up'] }]);
  });

  it("says nothing it does not know: an item's own search term has no meanings", () => {
    const explained = explainLink(
      link('Fixture item', [{ word: 'xyzzy', weight: 0.8, found: 'xyzzy' }]),
      vocabulary,
    );
    expect(explained.reasons).toEqual([{ word: 'xyzzy', matches: [] }]);
    expect(explainLink(link('Fixture item', undefined), vocabulary).reasons).toEqual([]);
  });
});

describe('correctedQuery', () => {
  it('corrects the words that match nothing to the nearest known word, and leaves the others', () => {
    expect(correctedQuery(['stratgic', 'product'], ['stratgic'], vocabulary)).toEqual([
      'strategic',
      'product',
    ]);
    expect(correctedQuery(['delagate'], ['delagate'], vocabulary)).toEqual(['delegate']);
  });

  it('joins two words the index knows as one, and splits one it knows as two', () => {
    expect(correctedQuery(['trade', 'offs'], ['trade', 'offs'], vocabulary)).toEqual(['tradeoffs']);
    expect(correctedQuery(['followthrough'], ['followthrough'], vocabulary)).toEqual(['follow', 'through']);
  });

  it('gives nothing when nothing could be corrected, or only words the index knows match nothing', () => {
    expect(correctedQuery(['xyzzyplugh'], ['xyzzyplugh'], vocabulary)).toBeUndefined();
    expect(correctedQuery(['product'], ['product'], vocabulary)).toBeUndefined();
    expect(correctedQuery(['product'], [], vocabulary)).toBeUndefined();
  });

  it('never corrects to a word only the explanations know', () => {
    expect(correctedQuery(['asign'], ['asign'], vocabulary)).toBeUndefined();
  });
});

describe('what a result says of why it was found', () => {
  it("names the item's words for the reader's word, or calls the word a search term of the item", () => {
    expect(searchWords.because('stakeholder', 'customer', 'across teams')).toBe(
      'matches “customer”, “across teams”, for “stakeholder”',
    );
    expect(searchWords.because('promotion')).toBe('search term “promotion”');
  });
});
