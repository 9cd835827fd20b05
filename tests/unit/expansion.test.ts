import { stem } from 'porter2';
import { describe, expect, it } from 'vitest';
import { isStopWord } from '../../src/client/stop-words';
import {
  MAX_GLOSS_WORDS,
  MAX_SYNONYMS,
  contentWords,
  definition,
  expandText,
  expandTexts,
  textWords,
  type ExpansionTerm,
} from '../../src/pipeline/search/expansion';
import { openWordNet } from '../../src/pipeline/search/wordnet';

const wordnet = openWordNet();
const terms = (list: ExpansionTerm[], tier?: string) =>
  list.filter((term) => !tier || term.tier === tier).map((term) => term.term);

/** Sentences in the fixture's spirit, not the framework's: a spread of parts of speech and inflections. */
const fixtureTexts = [
  'Fixture: may struggle to delegate ownership of fixture details',
  'Anticipates needs and advocates for solutions before they are requested',
  'Raise the bar for clarity, empathy and excellence across teams',
  'Help turn complex input into coherent, actionable work',
  'Connect the dots',
];

describe('textWords', () => {
  it('keeps lower-case letter runs of three or more that are not stop words, each once', () => {
    expect(textWords('Delegate the work; delegate it to ME and to Them-all!')).toEqual(
      ['delegate', 'work', 'all'].filter((word) => !isStopWord(word)),
    );
    expect(textWords('an of to')).toEqual([]);
  });
});

describe('definition and contentWords', () => {
  it('take the definition before any ";" or quoted example', () => {
    expect(definition('give an assignment to; "I assigned him"')).toBe('give an assignment to');
    expect(definition('a person "quoted" here')).toBe('a person');
  });

  it('leave out stop words, short words and anything with a digit', () => {
    expect(contentWords('the 1st of 20 units in a row, by mid-2000s')).toEqual(['units', 'row', 'mid']);
  });
});

describe('expandText', () => {
  it('gives "assign" or "depute" as synonyms of "delegate"', () => {
    const synonyms = terms(expandText('delegate', wordnet), 'synonym');
    expect(synonyms.some((term) => term === 'assign' || term === 'depute')).toBe(true);
  });

  it('reads "anticipates" as "anticipate": its synonyms come from the verb', () => {
    const expanded = expandText('anticipates', wordnet);
    expect(terms(expanded, 'synonym')).toEqual(expect.arrayContaining(['expect', 'foresee']));
    expect(expanded.every((term) => term.source === 'anticipates')).toBe(true);
  });

  it('gives gloss words from the first sense’s definition, below the synonyms', () => {
    const expanded = expandText('delegate', wordnet);
    expect(terms(expanded, 'gloss')).toEqual(expect.arrayContaining(['transfer', 'power']));
    const firstGloss = expanded.findIndex((term) => term.tier === 'gloss');
    expect(expanded.slice(firstGloss).every((term) => term.tier === 'gloss')).toBe(true);
  });

  it('gives nothing for stop words, short words, unknown words or no words', () => {
    expect(expandText('the and of with how what', wordnet)).toEqual([]);
    expect(expandText('be to', wordnet)).toEqual([]);
    expect(expandText('xyzzyfixture', wordnet)).toEqual([]);
    expect(expandText('', wordnet)).toEqual([]);
  });

  it('leaves out a sense where the word is a name: "may" is not the month', () => {
    const all = terms(expandText('may', wordnet));
    expect(all).not.toContain('april');
    expect(all).not.toContain('june');
  });

  it('leaves out a part of speech never seen in tagged texts when another was: "needs" gives no adverbs', () => {
    expect(terms(expandText('needs', wordnet))).not.toContain('necessarily');
  });

  it('leaves out rare synonyms but keeps the forms derived from the word itself', () => {
    const vision = terms(expandText('vision', wordnet), 'synonym');
    expect(vision).toContain('visionary');
    const learning = terms(expandText('learning', wordnet), 'synonym');
    expect(learning).not.toContain('encyclopaedism');
  });

  for (const text of fixtureTexts) {
    describe(text, () => {
      const expanded = expandText(text, wordnet);
      const own = new Set((text.toLowerCase().match(/\p{L}+/gu) ?? []).map((word) => stem(word)));

      it('gives some terms, within the caps per source word', () => {
        expect(expanded.length).toBeGreaterThan(0);
        for (const source of new Set(expanded.map((term) => term.source))) {
          const from = expanded.filter((term) => term.source === source);
          expect(from.filter((term) => term.tier === 'synonym').length).toBeLessThanOrEqual(MAX_SYNONYMS);
          expect(from.filter((term) => term.tier === 'gloss').length).toBeLessThanOrEqual(MAX_GLOSS_WORDS);
        }
      });

      it('records a source that is one of the text’s own words', () => {
        const words = textWords(text);
        expect(expanded.every((term) => words.includes(term.source))).toBe(true);
      });

      it('gives single plain words only: no phrases, hyphens, digits, capitals or stop words', () => {
        for (const { term } of expanded) {
          expect(term).toMatch(/^[a-z]{3,}$/);
          expect(isStopWord(term)).toBe(false);
        }
      });

      it('shares no stem with the text’s words, nor with another term', () => {
        const stems = expanded.map((term) => stem(term.term));
        expect(stems.filter((s) => own.has(s))).toEqual([]);
        expect(new Set(stems).size).toBe(stems.length);
      });

      it('gives the same terms in the same order every time', () => {
        expect(expandText(text, wordnet)).toEqual(expanded);
        expect(expandText(text)).toEqual(expanded);
      });
    });
  }

  it('keeps a term once, at its best tier: a gloss word of one word that is another’s synonym is a synonym', () => {
    const alone = expandText('delegate', wordnet);
    const transfer = alone.find((term) => term.term === 'transfer');
    expect(transfer?.tier).toBe('gloss');
    const both = expandText('delegate transfer', wordnet);
    expect(both.find((term) => term.term === 'transfer')).toBeUndefined();
    const assignBoth = expandText('delegate designation', wordnet).filter((term) => term.term === 'assign');
    expect(assignBoth).toHaveLength(1);
    expect(assignBoth[0]?.tier).toBe('synonym');
  });

  it('expands many items fast once WordNet is open', () => {
    expandText(fixtureTexts.join(' '), wordnet);
    const start = performance.now();
    for (let i = 0; i < 100; i += 1)
      expandText(`${fixtureTexts[i % fixtureTexts.length]} fixture${i}`, wordnet);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('expandTexts', () => {
  const fake = (text: string) =>
    text
      .split(' ')
      .map((word) => ({ term: `${word}x`, tier: 'synonym' as const, source: word.toLowerCase() }));
  it("leaves out the dictionary words of a word more than a quarter of a handbook's items use", () => {
    const texts = [
      'Fixture alpha',
      'Fixture beta',
      'Fixture gamma',
      'Fixture delta',
      'Fixture epsilon',
      'Fixture zeta',
      'Fixture theta',
      'Fixtures iota',
    ];
    const expanded = expandTexts(texts, fake);
    expect(expanded.get('Fixture alpha')?.map((term) => term.term)).toEqual(['alphax']);
    expect(expanded.get('Fixtures iota')?.map((term) => term.term)).toEqual(['iotax']);
  });
  it('keeps every word of a handbook too small to tell, and each text once', () => {
    const expanded = expandTexts(['Fixture alpha', 'Fixture beta', 'Fixture alpha'], fake);
    expect([...expanded.keys()]).toEqual(['Fixture alpha', 'Fixture beta']);
    expect(expanded.get('Fixture beta')?.map((term) => term.term)).toEqual(['Fixturex', 'betax']);
  });
  it('expands with WordNet by default', () => {
    expect(
      expandTexts(['delegate'])
        .get('delegate')
        ?.map((term) => term.term),
    ).toContain('assign');
  });
});
