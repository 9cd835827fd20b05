import { describe, expect, it } from 'vitest';
import {
  allowedEdits,
  editDistance,
  joinedWord,
  nearestWord,
  prepareVocabulary,
  splitWord,
} from '../../src/client/spelling';

/** Words as the build lists them: framework words first, then the thesaurus's, then the dictionary's. */
const vocabulary = prepareVocabulary([
  'strategy',
  'strategic',
  'delegate',
  'stakeholder',
  'team',
  'the',
  'tradeoffs',
  'follow',
  'through',
  '2024',
]);

/** Optimal string alignment distance by its recurrence, no cut-off: what editDistance must agree with. */
function fullDistance(a: string, b: string): number {
  const known = new Map<string, number>();
  const d = (i: number, j: number): number => {
    if (i === 0 || j === 0) return i + j;
    const found = known.get(`${i} ${j}`);
    if (found !== undefined) return found;
    const cost = a[i - 1] === b[j - 1] ? 0 : 1;
    let distance = Math.min(d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + cost);
    if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
      distance = Math.min(distance, d(i - 2, j - 2) + 1);
    }
    known.set(`${i} ${j}`, distance);
    return distance;
  };
  return d(a.length, b.length);
}

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('stratgic', 'strategic', 2)).toBe(1);
    expect(editDistance('', 'abc', 5)).toBe(3);
    expect(editDistance('abc', '', 5)).toBe(3);
    expect(editDistance('same', 'same', 0)).toBe(0);
  });
  it('counts a swap of two adjacent letters as one edit', () => {
    expect(editDistance('teh', 'the', 2)).toBe(1);
    expect(editDistance('startegy', 'strategy', 2)).toBe(1);
    // Optimal string alignment: a swapped pair is not edited again.
    expect(editDistance('ca', 'abc', 5)).toBe(3);
  });
  it('stops above max and returns max + 1', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('abcd', 'abxy', 1)).toBe(2);
    expect(editDistance('abcd', 'abxy', 2)).toBe(2);
    expect(editDistance('xab', 'abx', 1)).toBe(2);
  });
  it('agrees with the whole table, cut to max + 1, on many random pairs', () => {
    let seed = 20;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const randomWord = () => Array.from({ length: random(8) }, () => 'abcd'[random(4)]).join('');
    for (let trial = 0; trial < 2000; trial++) {
      const [a, b, max] = [randomWord(), randomWord(), random(4)];
      expect(editDistance(a, b, max), `${a} ${b} ${max}`).toBe(Math.min(fullDistance(a, b), max + 1));
    }
  });
});

describe('allowedEdits', () => {
  it('allows none under 4 letters, 1 for 4–7, 2 from 8', () => {
    expect(['', 'a', 'teh'].map(allowedEdits)).toEqual([0, 0, 0]);
    expect(['team', 'teams', 'stakes', 'dealing'].map(allowedEdits)).toEqual([1, 1, 1, 1]);
    expect(['stratgic', 'feasability'].map(allowedEdits)).toEqual([2, 2]);
  });
});

describe('nearestWord', () => {
  it('corrects a misspelling to the nearest known word', () => {
    expect(nearestWord('stratgic', vocabulary)).toBe('strategic');
    expect(nearestWord('delagate', vocabulary)).toBe('delegate');
    expect(nearestWord('stakholdr', vocabulary)).toBe('stakeholder');
    expect(nearestWord('tean', vocabulary)).toBe('team');
  });
  it('corrects a missing letter and a swapped pair', () => {
    expect(nearestWord('stategy', vocabulary)).toBe('strategy');
    expect(nearestWord('startegy', vocabulary)).toBe('strategy');
  });
  it('answers a known word with itself, whatever its length', () => {
    expect(nearestWord('strategy', vocabulary)).toBe('strategy');
    expect(nearestWord('the', vocabulary)).toBe('the');
  });
  it('never corrects a word under 4 letters', () => {
    expect(nearestWord('teh', vocabulary)).toBeUndefined();
    expect(nearestWord('tha', prepareVocabulary(['the', 'tea']))).toBeUndefined();
  });
  it('gives nothing for a word too far from every known word', () => {
    expect(nearestWord('stxatxgix', vocabulary)).toBeUndefined();
    // Two edits, one more than a 4-letter word may take.
    expect(nearestWord('tmea', vocabulary)).toBeUndefined();
    expect(nearestWord('zzzzzzzz', vocabulary)).toBeUndefined();
    expect(nearestWord('anything', prepareVocabulary([]))).toBeUndefined();
  });
  it('never corrects a word with a digit in it', () => {
    expect(nearestWord('2025', vocabulary)).toBeUndefined();
    expect(nearestWord('2024', vocabulary)).toBe('2024');
  });
  it('is case-insensitive and answers in lower case', () => {
    expect(nearestWord('STRATGIC', vocabulary)).toBe('strategic');
    expect(nearestWord('Strategy', vocabulary)).toBe('strategy');
    expect(nearestWord('delegate', prepareVocabulary(['Delegate']))).toBe('delegate');
  });
  it('prefers the smaller distance, then the same first letter, then the earlier word', () => {
    // Distance first: one edit away beats two away with the same first letter.
    expect(nearestWord('marketing', prepareVocabulary(['maaketinx', 'barketing']))).toBe('barketing');
    // Then the same first letter, even from later in the vocabulary.
    expect(nearestWord('bast', prepareVocabulary(['last', 'bust']))).toBe('bust');
    expect(nearestWord('bast', prepareVocabulary(['bust', 'last']))).toBe('bust');
    // Then the earlier word, across word lengths too.
    expect(nearestWord('bast', prepareVocabulary(['best', 'bust']))).toBe('best');
    expect(nearestWord('bast', prepareVocabulary(['bust', 'best']))).toBe('bust');
    expect(nearestWord('bast', prepareVocabulary(['basts', 'bust']))).toBe('basts');
    expect(nearestWord('bast', prepareVocabulary(['bust', 'basts']))).toBe('bust');
  });
  it('keeps a word listed twice at its first place, and skips empty words', () => {
    const twice = prepareVocabulary(['bust', '', 'best', 'bust']);
    expect(twice.rank.get('bust')).toBe(0);
    expect(twice.rank.get('best')).toBe(1);
    expect(twice.byLength.get(4)).toEqual(['bust', 'best']);
    expect(twice.byLength.has(0)).toBe(false);
    expect(nearestWord('bast', twice)).toBe('bust');
  });
});

describe('joinedWord', () => {
  it('joins two words the vocabulary knows as one', () => {
    expect(joinedWord('trade', 'offs', vocabulary)).toBe('tradeoffs');
    expect(joinedWord('Trade', 'Offs', vocabulary)).toBe('tradeoffs');
  });
  it('gives nothing when the joined word is unknown or a part is empty', () => {
    expect(joinedWord('trade', 'off', vocabulary)).toBeUndefined();
    expect(joinedWord('', 'tradeoffs', vocabulary)).toBeUndefined();
    expect(joinedWord('tradeoffs', '', vocabulary)).toBeUndefined();
  });
});

describe('splitWord', () => {
  it('splits a word run together into two known words', () => {
    expect(splitWord('followthrough', vocabulary)).toEqual(['follow', 'through']);
    expect(splitWord('FollowThrough', vocabulary)).toEqual(['follow', 'through']);
  });
  it('gives nothing when no split has two known parts of two letters or more', () => {
    expect(splitWord('followthru', vocabulary)).toBeUndefined();
    expect(splitWord('ateam', prepareVocabulary(['a', 'team']))).toBeUndefined();
    expect(splitWord('', vocabulary)).toBeUndefined();
  });
  it('prefers the split whose rarer part is earlier in the vocabulary, then the longer first part', () => {
    const words = prepareVocabulary(['work', 'load', 'workl', 'oad']);
    expect(splitWord('workload', words)).toEqual(['work', 'load']);
    expect(splitWord('workload', prepareVocabulary(['workl', 'oad', 'work', 'load']))).toEqual([
      'workl',
      'oad',
    ]);
    expect(splitWord('ababab', prepareVocabulary(['ab', 'abab']))).toEqual(['abab', 'ab']);
  });
});
