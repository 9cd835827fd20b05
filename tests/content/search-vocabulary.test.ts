/**
 * `search/words.json` (src/site/search-vocabulary.ts) on the Level 4 fixture: the words misspellings
 * are corrected to (the framework's, then its thesaurus's, never a word only the dictionary added),
 * and what each reader's word stands for.
 */
import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../src/client/query-words';
import { isStopWord } from '../../src/client/stop-words';
import { allItems } from '../../src/pipeline/model/model';
import { expandText } from '../../src/pipeline/search/expansion';
import { searchVocabulary } from '../../src/site/search-vocabulary';
import { readModel } from '../support/content';
import { level4Fixture } from '../support/sites';

describe('the search vocabulary', () => {
  const handbook = readModel(level4Fixture);
  const vocabulary = searchVocabulary(handbook);

  it("lists every word of the items' text but stop words, a compound also as one word, each once", () => {
    expect(new Set(vocabulary.words).size).toBe(vocabulary.words.length);
    for (const item of allItems(handbook))
      for (const word of wordsOf(item.text.plain).filter((word) => !isStopWord(word)))
        expect(vocabulary.words, word).toContain(word);
    expect(vocabulary.words).toEqual(expect.arrayContaining(['over-index', 'overindex']));
    expect(vocabulary.words).not.toContain('and');
    expect(vocabulary.words[0]).toBe('product');
  });

  it('lists the thesaurus terms items are found by after the framework words, and no dictionary word', () => {
    const terms = allItems(handbook).flatMap((item) => item.searchTerms);
    expect(vocabulary.words).toEqual(expect.arrayContaining(['stakeholder', 'roadmap']));
    expect(vocabulary.words.indexOf('stakeholder')).toBeGreaterThan(vocabulary.words.indexOf('strategic'));
    for (const term of terms) expect(vocabulary.words.join(' ')).toContain(term.split(' ')[0]);
    const dictionary = allItems(handbook)
      .flatMap((item) => expandText(item.text.plain))
      .map(({ term }) => term)
      .filter((term) => !vocabulary.words.includes(term));
    expect(dictionary.length).toBeGreaterThan(100);
  });

  it("maps each reader's word to the framework words it stands for", () => {
    expect(vocabulary.terms['stakeholder']).toEqual(['customer', 'across teams', 'teams and functions']);
    expect(vocabulary.terms['assign']).toContain('delegate');
    for (const [term, meanings] of Object.entries(vocabulary.terms)) expect(meanings.length, term).toBeGreaterThan(0);
  });

  it('takes the dictionary words from the expansion it is given', () => {
    const none = searchVocabulary(handbook, () => []);
    expect(Object.keys(none.terms).sort()).toEqual(
      Object.keys(handbook.thesaurus)
        .filter((term) => allItems(handbook).some((item) => item.searchTerms.includes(term)))
        .sort(),
    );
  });
});
