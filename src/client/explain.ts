/**
 * Why a result was found, and what a misspelt query meant, from the build's search vocabulary
 * (`search/words.json`, written by src/site/search-vocabulary.ts): the words the index knows, and for
 * each reader's word (the thesaurus's, the dictionary's) the framework's words it stands for. Pure,
 * so it is tested without a browser; src/client/search.ts loads the file only when a query needs it.
 */
import { isFormOf, wordStem, wordsOf } from './query-words';
import { isStopWord } from './stop-words';
import type { SearchLink } from './search-results';
import { joinedWord, nearestWord, prepareVocabulary, splitWord, type Vocabulary } from './spelling';

/** `search/words.json`. */
export interface SearchVocabularyFile {
  /** The words a misspelt query word may be corrected to: the framework's, then its thesaurus's, most frequent first. */
  words: string[];
  /** A reader's word → the framework's words (or phrases) it stands for. */
  terms: Record<string, string[]>;
}

export interface SearchVocabulary {
  spelling: Vocabulary;
  /** The stem of a reader's word → the framework's words it stands for. */
  meanings: Map<string, string[]>;
}

export function readVocabulary(file: SearchVocabularyFile): SearchVocabulary {
  const meanings = new Map<string, string[]>();
  // A phrase ("push back") is found by each of its words: each stands for the phrase's meanings.
  for (const [term, words] of Object.entries(file.terms)) {
    for (const word of wordsOf(term).filter((part) => !isStopWord(part))) {
      const key = wordStem(word);
      meanings.set(key, [...new Set([...(meanings.get(key) ?? []), ...words])]);
    }
  }
  return { spelling: prepareVocabulary(file.words), meanings };
}

/** Whether `text` has `phrase`, word by word, each word in some form ("teams and functions"). */
function hasPhrase(text: readonly string[], phrase: string): boolean {
  const words = wordsOf(phrase);
  return text.some((_, start) => words.every((word, at) => isFormOf(word, text[start + at] ?? '')));
}

/** Why a result was found: the query word, and the result's own words it stands for (none when unknown). */
export interface Reason {
  word: string;
  matches: string[];
}

/**
 * Why an item was found, for each query word it has only in its search terms ("stakeholder" for its
 * "customer"), and its words to mark: the ones those reader's words stand for.
 */
export function explainLink(
  link: SearchLink,
  vocabulary: SearchVocabulary,
): SearchLink & { reasons: Reason[] } {
  // Its words and its place's: a thesaurus term may stand for words of its section's title.
  const text = wordsOf(`${link.text} · ${link.context}`);
  const reasons = (link.via ?? []).map(({ word, found }) => ({
    word,
    matches: (vocabulary.meanings.get(wordStem(found)) ?? []).filter((phrase) => hasPhrase(text, phrase)),
  }));
  const marks = [...new Set([...link.marks, ...reasons.flatMap((reason) => reason.matches)])];
  return { ...link, marks, reasons };
}

/**
 * The query with its words that match nothing corrected to the nearest words the index knows: each
 * misspelt word ("stratgic" → "strategic"), two words the index knows as one ("trade offs" →
 * "tradeoffs"), or one it knows as two. Undefined when nothing could be corrected.
 */
export function correctedQuery(
  words: readonly string[],
  unmatched: readonly string[],
  vocabulary: SearchVocabulary,
): string[] | undefined {
  const out: string[] = [];
  let changed = false;
  for (let index = 0; index < words.length; index++) {
    const word = words[index] ?? '';
    const next = words[index + 1];
    if (!unmatched.includes(word)) {
      out.push(word);
      continue;
    }
    const joined = next === undefined ? undefined : joinedWord(word, next, vocabulary.spelling);
    const nearest = nearestWord(word, vocabulary.spelling);
    const split = nearest === undefined ? splitWord(word, vocabulary.spelling) : undefined;
    if (joined) {
      out.push(joined);
      index++;
    } else if (nearest !== undefined && nearest !== word) out.push(nearest);
    else if (split) out.push(...split);
    else {
      out.push(word);
      continue;
    }
    changed = true;
  }
  return changed ? out : undefined;
}
