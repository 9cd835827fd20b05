/**
 * A search query's words, as Pagefind matches them: which of them an excerpt marks, and a level the
 * query names that the handbook lacks.
 */
import { markedWords } from './excerpts';

/**
 * Whether a word Pagefind marked is a form of a query word: Pagefind stems words and matches the last
 * one as a prefix, so "prioritize" marks "prioritizing" and "deleg" marks "delegate".
 */
export function sameStem(queryWord: string, marked: string): boolean {
  const a = queryWord.toLowerCase();
  const b = marked.toLowerCase();
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common += 1;
  return common === a.length || common >= Math.max(1, Math.min(a.length, b.length) - 2);
}

/** How many of the query's words are among the words marked in an excerpt. */
export function coverage(query: string, excerpt: string): number {
  const marks = markedWords(excerpt).flatMap((mark) => mark.split(/[^\p{L}\p{N}]+/u));
  return queryWords(query).filter((word) => marks.some((mark) => sameStem(word, mark))).length;
}

/** A query's words, lower-cased, each once. */
export function queryWords(query: string): string[] {
  return [
    ...new Set(
      query
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    ),
  ];
}

/** A level as the search box knows it. */
export interface KnownLevel {
  id: string;
  title: string;
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
  const match = /\blevel\s+([\p{L}\p{N}-]*\p{N}[\p{L}\p{N}-]*)/iu.exec(query);
  const level = match?.[1];
  if (!match || !level) return undefined;
  const name = level.toLowerCase();
  const known = levels.some(
    (entry) => entry.id.toLowerCase() === name || entry.title.toLowerCase() === `level ${name}`,
  );
  return known ? undefined : { level, rest: query.replace(match[0], ' ').replace(/\s+/g, ' ').trim() };
}
