/**
 * Typo tolerance for search: the known word nearest to a query word that matches nothing ("stratgic" →
 * "strategic"), and two query words that the index knows as one ("trade offs" → "tradeoffs") or one
 * that it knows as two ("followthrough" → "follow through").
 *
 * The vocabulary is the build's list of the words the search index knows, most useful first (the
 * framework's words, then the thesaurus's, then the dictionary's, each by how often it occurs), so an
 * earlier word wins a tie. Search loads it and this module only when a query word finds nothing.
 *
 * Distance is the optimal string alignment distance (Levenshtein with an adjacent transposition
 * counting one edit: "stategy" and "startegy" are one edit from "strategy"), the commonest typos being
 * one insertion, deletion, substitution or swap. It is written here rather than taken from a library:
 * `fastest-levenshtein` counts a swap as two edits, and the other packages are larger or unkept; the
 * few lines here stop a comparison as soon as it cannot come within the allowed edits, which with the
 * vocabulary bucketed by length keeps a lookup among tens of thousands of words cheap.
 */

/** A vocabulary prepared once for many lookups: each word's rank, and the words bucketed by length. */
export interface Vocabulary {
  /** Each word's place in the list (its first, for a word listed twice): lower is preferred. */
  readonly rank: ReadonlyMap<string, number>;
  /** The words of each length, in the list's order. */
  readonly byLength: ReadonlyMap<number, readonly string[]>;
}

/** A cell of a row of the table, read where the loops know it is filled. */
const at = (row: readonly number[], index: number): number => row[index] as number;

/**
 * Edit distance with adjacent transpositions counting one ("teh" → "the"), stopping early above `max`
 * (returns max + 1). Compares UTF-16 code units, which for the letters of words are their characters.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rows of the table: two rows back (for a swap), the previous one and the current one.
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let cell = Math.min(at(previous, j) + 1, at(current, j - 1) + 1, at(previous, j - 1) + cost);
      // Out of range (i or j is 1), a[i - 2] or b[j - 2] is undefined and matches no letter.
      if (a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cell = Math.min(cell, at(before, j - 2) + 1);
      current.push(cell);
      rowMin = Math.min(rowMin, cell);
    }
    // No cell of a later row is below this row's smallest, so the distance is past `max` already.
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(at(previous, b.length), max + 1);
}

/**
 * How many edits a word of this length may be corrected by: none under 4 letters, 1 for 4–7, 2 from 8.
 * Short words have too many neighbours ("teh" is one edit from "the", "ten", "tea") to guess between,
 * and a word of middle length two edits away is more often another word ("saying" and "making") than
 * a misspelling of it.
 */
export function allowedEdits(word: string): number {
  const length = word.length;
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/** A vocabulary prepared once for many lookups (words bucketed by length). Words are lower-case. Earlier words are preferred on ties. */
export function prepareVocabulary(words: readonly string[]): Vocabulary {
  const rank = new Map<string, number>();
  const byLength = new Map<number, string[]>();
  for (const listed of words) {
    const word = listed.toLowerCase();
    if (!word || rank.has(word)) continue;
    rank.set(word, rank.size);
    const bucket = byLength.get(word.length);
    if (bucket) bucket.push(word);
    else byLength.set(word.length, [word]);
  }
  return { rank, byLength };
}

/**
 * The known word nearest to `word` within allowedEdits, or undefined. Ties: smaller distance, then same
 * first letter, then earlier in the vocabulary. A word the vocabulary has is its own answer.
 * Case-insensitive; returns lower-case. A word with a digit in it ("2024", "l5") is a name or a number,
 * not a misspelling, and is never corrected.
 */
export function nearestWord(word: string, vocabulary: Vocabulary): string | undefined {
  const query = word.toLowerCase();
  if (vocabulary.rank.has(query)) return query;
  const allowed = /\d/.test(query) ? 0 : allowedEdits(query);
  let best: { word: string; distance: number; otherFirst: number; rank: number } | undefined;
  for (let length = query.length - allowed; length <= query.length + allowed; length++) {
    for (const candidate of vocabulary.byLength.get(length) ?? []) {
      const distance = editDistance(query, candidate, best?.distance ?? allowed);
      if (distance > allowed) continue;
      const otherFirst = candidate[0] === query[0] ? 0 : 1;
      const rank = vocabulary.rank.get(candidate) as number;
      const better =
        !best ||
        distance < best.distance ||
        (distance === best.distance &&
          (otherFirst < best.otherFirst || (otherFirst === best.otherFirst && rank < best.rank)));
      if (better) best = { word: candidate, distance, otherFirst, rank };
    }
  }
  return best?.word;
}

/**
 * Two query words written as one, when the vocabulary has that word ("trade" "offs" → "tradeoffs",
 * "follow" "through" → "followthrough"), or undefined. Case-insensitive; returns lower-case.
 */
export function joinedWord(first: string, second: string, vocabulary: Vocabulary): string | undefined {
  if (!first || !second) return undefined;
  const joined = (first + second).toLowerCase();
  return vocabulary.rank.has(joined) ? joined : undefined;
}

/**
 * A query word that is two known words run together ("followthrough" → ["follow", "through"]), or
 * undefined. Each part has at least two letters; of several splits, the one whose rarer part is
 * earlier in the vocabulary wins (then the one with the longer first part). Case-insensitive; returns
 * lower-case.
 */
export function splitWord(word: string, vocabulary: Vocabulary): [string, string] | undefined {
  const query = word.toLowerCase();
  let best: { parts: [string, string]; rank: number } | undefined;
  for (let cut = query.length - 2; cut >= 2; cut--) {
    const first = vocabulary.rank.get(query.slice(0, cut));
    const second = vocabulary.rank.get(query.slice(cut));
    if (first === undefined || second === undefined) continue;
    const rank = Math.max(first, second);
    if (!best || rank < best.rank) best = { parts: [query.slice(0, cut), query.slice(cut)], rank };
  }
  return best?.parts;
}
