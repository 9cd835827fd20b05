import { describe, expect, it } from 'vitest';
import { coverage, isFormOf, levelNamed, missingLevel, queryWords } from '../../src/client/query-words';

describe('isFormOf', () => {
  it('matches the forms Pagefind matches: stems, and the last query word typed in part', () => {
    expect(isFormOf('prioritize', 'prioritizing')).toBe(true);
    expect(isFormOf('delegate', 'Delegating')).toBe(true);
    expect(isFormOf('deleg', 'delegate', true)).toBe(true);
    expect(isFormOf('tradeoffs', 'tradeoff')).toBe(true);
  });
  it('tells different words apart', () => {
    expect(isFormOf('product', 'process')).toBe(false);
    expect(isFormOf('roadmap', 'map')).toBe(false);
    expect(isFormOf('need', 'delegate')).toBe(false);
  });
});

describe('queryWords and coverage', () => {
  it('splits a query into its words, lower-cased, once each, a compound whole', () => {
    expect(queryWords(' Push-back, push  BACK ')).toEqual(['push-back', 'push', 'back']);
    expect(queryWords("trade-offs don't")).toEqual(['trade-offs']);
  });
  it('leaves out the words that only say how the query is asked', () => {
    expect(queryWords('dealing with ambiguity')).toEqual(['dealing', 'ambiguity']);
    expect(queryWords('how do I delegate better')).toEqual(['delegate']);
    expect(queryWords('What does level 4 mean?')).toEqual(['level', '4']);
    expect(queryWords('how to show strategic thinking')).toEqual(['strategic', 'thinking']);
  });
  it('keeps every word of a query made only of such words', () => {
    expect(queryWords('what is it')).toEqual(['what', 'is', 'it']);
  });
  it('counts a compound whole, however it is written', () => {
    expect(coverage('trade-offs', 'communicate <mark>tradeoffs</mark>')).toBe(1);
    expect(coverage('tradeoffs', 'communicate <mark>trade-offs</mark>')).toBe(1);
    expect(coverage('push-back', 'when to <mark>push</mark> <mark>back</mark>')).toBe(1);
    expect(coverage('push-back', 'when to <mark>push</mark>')).toBe(0);
    expect(coverage('holds-on', '<mark>holds</mark> on to it')).toBe(1);
  });
  it('lets only the word being typed be the start of another', () => {
    expect(coverage('assumptions strat', '<mark>assumptions</mark> <mark>strategy</mark>')).toBe(2);
    expect(coverage('strat with', '<mark>strategy</mark>')).toBe(0);
  });
  it('counts the words of the query an excerpt marks', () => {
    expect(coverage('customer needs', 'the <mark>customer</mark> <mark>needs</mark> it')).toBe(2);
    expect(coverage('customer needs', '<mark>customers</mark> and users')).toBe(1);
    expect(coverage('push back', '<mark>push back</mark>')).toBe(2);
    expect(coverage('anything', 'nothing marked')).toBe(0);
  });
});

describe('missingLevel', () => {
  const levels = [
    { id: '4', title: 'Level 4' },
    { id: '3-ic', title: 'Fixture Level 3 (IC)' },
  ];
  it('finds a level the query names that the handbook lacks, and the rest of the query', () => {
    expect(missingLevel('Level 5 delegate', levels)).toEqual({ level: '5', rest: 'delegate' });
    expect(missingLevel('tradeoffs at level 3-manager', levels)).toEqual({
      level: '3-manager',
      rest: 'tradeoffs at',
    });
  });
  it('says nothing of a level the handbook has, by id or by title', () => {
    expect(missingLevel('LEVEL 4 tradeoffs', levels)).toBeUndefined();
    expect(missingLevel('level 3-IC', levels)).toBeUndefined();
  });
  it('reads "level" followed by a word as words to search for', () => {
    expect(missingLevel('ready to level up', levels)).toBeUndefined();
    expect(missingLevel('delegate', levels)).toBeUndefined();
  });
});

describe('levelNamed', () => {
  const levels = [
    { id: '4', title: 'Level 4' },
    { id: '3-ic', title: 'Fixture Level 3 (IC)' },
  ];
  it('finds a level of the handbook the query names, by id or title, and the rest of the query', () => {
    expect(levelNamed('what does Level 4 mean', levels)).toEqual({
      level: levels[0],
      rest: 'what does mean',
    });
    expect(levelNamed('level 3-ic delegate', levels)).toEqual({ level: levels[1], rest: 'delegate' });
  });
  it('finds none where the query names no level, or one the handbook lacks', () => {
    expect(levelNamed('ready to level up', levels)).toBeUndefined();
    expect(levelNamed('level 5 delegate', levels)).toBeUndefined();
  });
});
