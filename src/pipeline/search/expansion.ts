/**
 * Words nobody listed: the words WordNet relates to an item's own, so search finds the item by a
 * reader's word that neither the item nor the thesaurus uses ("assign" for an item that says
 * "delegate"). Computed at build time from the item's text; search indexes them below the item's own
 * words.
 *
 * Two tiers, the closer first. `synonym`: the other words of the word's most frequent senses, the
 * forms derived from it ("delegation") and the nouns an adjective pertains to, and for an adjective
 * the words of the senses similar to its senses and of those they point to ("also see"). `gloss`: the content words of the definition of its
 * first sense per part of speech. Each is capped per word of the text, so a word with many senses
 * does not drown the item in loosely related words; a word that is the text's own in another form
 * (the same Porter2 stem, as Pagefind stems) is left out, as it is indexed already.
 */
import { stem } from 'porter2';
// One stop-word list for the query and the build (stop-words.ts says so): a word search drops from a
// query is one the build need not add. The module is pure, no page code; it lives in client/ as readers ship it.
// eslint-disable-next-line no-restricted-imports -- the shared stop-word list, see above
import { isStopWord } from '../../client/stop-words';
import { partsOfSpeech, wordNet, type PartOfSpeech, type Synset, type WordNet } from './wordnet';

export type ExpansionTier = 'synonym' | 'gloss';

export interface ExpansionTerm {
  term: string;
  tier: ExpansionTier;
  /** The text's own word it came from, lower-case, as written ("anticipates"). */
  source: string;
}

/** How many of a word's senses per part of speech give synonyms: WordNet orders them by frequency. */
export const SENSES = 3;
/** At most this many synonym-tier terms per word of the text. */
export const MAX_SYNONYMS = 12;
/** At most this many gloss-tier terms per word of the text. */
export const MAX_GLOSS_WORDS = 4;

/** A term as search can use it: one word of plain letters, no phrase, hyphen, digit or proper name. */
const PLAIN_WORD = /^[a-z]{3,}$/;

/** The words of a text that expansion starts from: lower-case letter runs of 3 or more, no stop words, each once. */
export function textWords(text: string): string[] {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return [...new Set(words.filter((word) => word.length >= 3 && !isStopWord(word)))];
}

/** The definition of a gloss: before its first `;` and before any quoted example. */
export function definition(gloss: string): string {
  return gloss.split(/;|"/, 1)[0]?.trim() ?? '';
}

/** The content words of a definition, in order: 3 letters or more, no stop words, nothing with a digit. */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter(
    (word) => word.length >= 3 && !/\p{N}/u.test(word) && !isStopWord(word),
  );
}

/** A word's senses as one part of speech: the lemma it is read as and the synsets to expand from. */
interface Senses {
  pos: PartOfSpeech;
  lemma: string;
  offsets: number[];
  tagged: number;
}

/**
 * The senses a word is read in, the commonest part of speech first: by each part of speech's first
 * base form WordNet has, its first `SENSES` senses, and of those only the ones seen in WordNet's
 * sense-tagged texts (senses are ordered by that count, so they come first); a part of speech none of
 * whose senses was seen keeps its first `SENSES`. A part of speech none of whose senses was ever seen ("needs" as an adverb, "technical" as a
 * noun) is left out when another was. A sense where the word is a name ("May", the month) is left out.
 */
function sensesOf(wordnet: WordNet, word: string): Senses[] {
  const senses: Senses[] = [];
  for (const pos of partsOfSpeech) {
    const lemma = wordnet.baseForms(word, pos)[0];
    const entry = lemma === undefined ? undefined : wordnet.lookup(lemma, pos);
    if (lemma === undefined || !entry) continue;
    const offsets = entry.offsets
      .slice(0, Math.min(SENSES, entry.taggedSenses > 0 ? entry.taggedSenses : SENSES))
      .filter((offset) => !isNameIn(wordnet.synset(offset, pos), lemma));
    if (offsets.length > 0) senses.push({ pos, lemma, offsets, tagged: entry.taggedSenses });
  }
  const seen = senses.some((sense) => sense.tagged > 0);
  // A stable sort: equally common parts of speech keep WordNet's order.
  return senses.filter((sense) => !seen || sense.tagged > 0).sort((a, b) => b.tagged - a.tagged);
}

/** Whether `lemma` is written as a name in `synset` ("May", "Washington"): a proper noun's sense. */
function isNameIn(synset: Synset, lemma: string): boolean {
  return synset.words.some((word) => word !== lemma && word.toLowerCase() === lemma);
}

/** The words a pointer of `symbol` from `lemma` in `synset` leads to (lexical pointers start at that word). */
function pointedWords(wordnet: WordNet, synset: Synset, lemma: string, symbol: string): string[] {
  const at = synset.words.findIndex((word) => word.toLowerCase() === lemma) + 1;
  return synset.pointers
    .filter((pointer) => pointer.symbol === symbol && (pointer.source === 0 || pointer.source === at))
    .flatMap((pointer) => {
      const target = wordnet.synset(pointer.offset, pointer.pos);
      return pointer.target === 0 ? target.words : [target.words[pointer.target - 1] ?? ''];
    });
}

/** A candidate term and whether it is a form of the word itself (derived, pertainym), not another word. */
interface Candidate {
  word: string;
  form: boolean;
}

/** The synonym-tier candidates of one word, closest first: sense by sense across its parts of speech. */
function synonymCandidates(wordnet: WordNet, word: string): Candidate[] {
  const senses = sensesOf(wordnet, word);
  const candidates: Candidate[] = [];
  const add = (words: string[], form: boolean) => candidates.push(...words.map((w) => ({ word: w, form })));
  for (let rank = 0; rank < SENSES; rank += 1) {
    for (const { pos, lemma, offsets } of senses) {
      const offset = offsets[rank];
      if (offset === undefined) continue;
      const synset = wordnet.synset(offset, pos);
      add(synset.words, false);
      add(pointedWords(wordnet, synset, lemma, '+'), true);
      add(pointedWords(wordnet, synset, lemma, '\\'), true);
      // An adjective's synonyms are mostly in the senses similar to it and those it points to ("also see").
      if (pos === 'adj') {
        add(pointedWords(wordnet, synset, lemma, '&'), false);
        add(pointedWords(wordnet, synset, lemma, '^'), false);
      }
    }
  }
  return candidates;
}

/** The gloss-tier candidates of one word: the definition of its first sense per part of speech. */
function glossCandidates(wordnet: WordNet, word: string): Candidate[] {
  return sensesOf(wordnet, word).flatMap(({ pos, offsets }) =>
    contentWords(definition(wordnet.synset(offsets[0] ?? 0, pos).gloss)).map((w) => ({
      word: w,
      form: false,
    })),
  );
}

/**
 * Whether a word is one readers use: some sense of it is seen in WordNet's sense-tagged texts. Rare
 * synonyms ("encyclopaedism", "daedal") would only weigh the index down; no reader searches with them.
 * A form of the text's own word ("clarification", "visionary") is kept however rare: it is that word.
 */
function isFamiliar(wordnet: WordNet, word: string): boolean {
  return partsOfSpeech.some((pos) => (wordnet.lookup(word, pos)?.taggedSenses ?? 0) > 0);
}

/**
 * The words WordNet adds to `text`'s words, each once, at its closer tier: every synonym-tier term
 * (word by word, in the text's order), then every gloss-tier term. A term is left out when it shares a
 * Porter2 stem with a word of the text or with a term already kept, when it is not one plain word
 * (`take_over`, `e-mail`, `Washington`, digits) and beyond a word's cap (`MAX_SYNONYMS`, `MAX_GLOSS_WORDS`).
 */
export function expandText(text: string, wordnet: WordNet = wordNet()): ExpansionTerm[] {
  const words = textWords(text);
  const seen = new Set((text.toLowerCase().match(/\p{L}+/gu) ?? []).map((word) => stem(word)));
  const terms: ExpansionTerm[] = [];
  const tiers: [ExpansionTier, (word: string) => Candidate[], number][] = [
    ['synonym', (word) => synonymCandidates(wordnet, word), MAX_SYNONYMS],
    ['gloss', (word) => glossCandidates(wordnet, word), MAX_GLOSS_WORDS],
  ];
  for (const [tier, candidates, cap] of tiers) {
    for (const source of words) {
      let kept = 0;
      for (const { word: candidate, form } of candidates(source)) {
        if (kept === cap) break;
        if (!PLAIN_WORD.test(candidate) || isStopWord(candidate)) continue;
        if (tier === 'synonym' && !form && !isFamiliar(wordnet, candidate)) continue;
        const candidateStem = stem(candidate);
        if (seen.has(candidateStem)) continue;
        seen.add(candidateStem);
        terms.push({ term: candidate, tier, source });
        kept += 1;
      }
    }
  }
  return terms;
}

/**
 * A word in more than this share of a handbook's items tells them apart no more than its dictionary
 * words would: they are left out ("product" in a product framework brings "merchandise" to every item).
 */
export const COMMON_SHARE = 0.25;

/**
 * The dictionary words of every item text of a handbook, each text once: `expandText`, leaving out the
 * words that come from a word more than `COMMON_SHARE` of the texts use (in any form), when there are
 * enough texts to tell (at least 8).
 */
export function expandTexts(
  texts: readonly string[],
  expand: (text: string) => ExpansionTerm[] = expandText,
): Map<string, ExpansionTerm[]> {
  const distinct = [...new Set(texts)];
  const counts = new Map<string, number>();
  for (const text of distinct)
    for (const word of new Set(textWords(text).map((word) => stem(word))))
      counts.set(word, (counts.get(word) ?? 0) + 1);
  const common = (source: string) =>
    distinct.length >= 8 && (counts.get(stem(source)) ?? 0) > COMMON_SHARE * distinct.length;
  return new Map(distinct.map((text) => [text, expand(text).filter((term) => !common(term.source))]));
}
