/**
 * A search query's words, as Pagefind matches them: which of them a result really has, and a level
 * the query names that the handbook lacks.
 */
import { stem } from 'porter2';
import { plainText } from './excerpts';
import { isStopWord } from './stop-words';

/**
 * A word as Pagefind compares it: lower-case, then stemmed by Porter2 (Snowball's English stemmer,
 * the one Pagefind stems English with), so "handling" and "handle" are one word, "outages" and
 * "outage" another.
 */
export function wordStem(word: string): string {
  return stem(word.toLowerCase());
}

/**
 * Whether `word`, found in a result, is the query word `queryWord` in some form: the same word, or an
 * inflection of it (the same stem). A word that only begins the same way is another word: "hands" is
 * not "handling", "on" is not "outages". Only the word being typed, the query's last, may be the
 * beginning of what it matched ("deleg" of "delegate"), as Pagefind reads a last word.
 */
export function isFormOf(queryWord: string, word: string, typing = false): boolean {
  // A word written with a hyphen is one word ("trade-offs" is "tradeoffs").
  const query = joined(queryWord.toLowerCase());
  const found = joined(word.toLowerCase());
  return query === found || wordStem(query) === wordStem(found) || (typing && found.startsWith(query));
}

/** A compound written as one word: "trade-offs" as "tradeoffs". */
export const joined = (word: string) => word.replace(/[-‐‑'’]/g, '');

/**
 * Whether `word`, one of `query`'s words (`queryWords`), is the one being typed: its last, with nothing
 * typed after it. Only that word may be the start of what it matches, as Pagefind reads a last word.
 */
export function isTyping(query: string, word: string): boolean {
  return word === queryWords(query).at(-1) && query.trimEnd().toLowerCase().endsWith(word);
}

/** The words of `text` as a query reads them: lower-case, each compound whole ("trade-offs", "don't"). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:[-‐‑'’][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * The words Pagefind marked in an excerpt, lower-case, each once. The number of a list written out in
 * the text ("3. Hands-on", "2)") is left out: it numbers the words after it, and is none of them.
 */
export function markedTerms(excerpt: string): string[] {
  const terms = new Set<string>();
  for (const match of excerpt.matchAll(/<mark>(.*?)<\/mark>/g)) {
    const marked = plainText(match[1] ?? '').trim();
    const after = excerpt.slice((match.index ?? 0) + match[0].length);
    const listNumber =
      /^\d{1,3}[.)]$/.test(marked) || (/^\d{1,3}$/.test(marked) && /^[.)](?:\s|<|$)/.test(after));
    if (listNumber) continue;
    for (const term of marked.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (term) terms.add(term);
    // A compound counts whole too: "trade-offs" is also "tradeoffs".
    for (const compound of wordsOf(marked)) terms.add(joined(compound));
  }
  return [...terms];
}

/**
 * The query's words that an excerpt has: each marked in it in some form (`isFormOf`). A word Pagefind
 * found nowhere, or found only as the start of another word or as a list's number, is not among them.
 */
export function matchedWords(query: string, excerpt: string): string[] {
  const words = queryWords(query);
  const marked = markedTerms(excerpt);
  const has = (word: string, typing: boolean) => marked.some((term) => isFormOf(word, term, typing));
  return words.filter((word) => {
    if (has(word, isTyping(query, word))) return true;
    // A compound typed with a hyphen is also found as its parts: "push-back" in "push back".
    // Its stop words aside: "holds-on" is found in "holds on to", whatever Pagefind marked of "on".
    const all = word.split(/[-‐‑'’]/);
    const meaningful = all.filter((part) => !isStopWord(part));
    const parts = meaningful.length > 0 ? meaningful : all;
    return (
      all.length > 1 && parts.every((part, at) => has(part, isTyping(query, word) && at === parts.length - 1))
    );
  });
}

/** How many of the query's words an excerpt has (`matchedWords`). */
export function coverage(query: string, excerpt: string): number {
  return matchedWords(query, excerpt).length;
}

/**
 * A query's words, as search reads them: lower-cased, each once, each compound whole ("trade-offs"),
 * and without the words that only say how it is asked ("how do I", "with", "what does … mean": see
 * `isStopWord`), unless it has no other words.
 */
export function queryWords(query: string): string[] {
  const words = [...new Set(wordsOf(query))];
  const meaningful = words.filter((word) => !isStopWord(word));
  return meaningful.length > 0 ? meaningful : words;
}

/** A level as the search box knows it. */
export interface KnownLevel {
  id: string;
  title: string;
}

/** The pattern of a level named in a query: "level" and a word with a digit ("Level 4", "level 3-ic"). */
const namedLevelPattern = /\blevel\s+([\p{L}\p{N}-]*\p{N}[\p{L}\p{N}-]*)/iu;

/** Whether `level` is the handbook's level named `name` (by its id, or a title "Level <name>"). */
const isNamed = (level: KnownLevel, name: string) =>
  level.id.toLowerCase() === name.toLowerCase() ||
  level.title.toLowerCase() === `level ${name.toLowerCase()}`;

/** The rest of a query once the words naming a level are taken out of it. */
const without = (query: string, named: string) => query.replace(named, ' ').replace(/\s+/g, ' ').trim();

/**
 * The handbook's level a query names ("what does level 4 mean"), and the rest of the query; nothing
 * when it names none, or one the handbook lacks (`missingLevel`).
 */
export function levelNamed(
  query: string,
  levels: readonly KnownLevel[],
): { level: KnownLevel; rest: string } | undefined {
  const match = namedLevelPattern.exec(query);
  const level = match?.[1] === undefined ? undefined : levels.find((entry) => isNamed(entry, match[1] ?? ''));
  return match && level ? { level, rest: without(query, match[0]) } : undefined;
}

/**
 * The level a query names that the handbook does not have ("Level 5 delegate" with only Level 4), and
 * the rest of the query; nothing when it names none, or one that exists. Only a level with a digit
 * counts as named, so "ready to level up" is words to search for, not a level called "up".
 */
export function missingLevel(
  query: string,
  levels: readonly KnownLevel[],
): { level: string; rest: string } | undefined {
  const match = namedLevelPattern.exec(query);
  const level = match?.[1];
  if (!match || !level) return undefined;
  return levels.some((entry) => isNamed(entry, level))
    ? undefined
    : { level, rest: without(query, match[0]) };
}
