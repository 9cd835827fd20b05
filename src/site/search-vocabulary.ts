/**
 * `search/words.json`: what search knows of the framework's words beyond its index, loaded by the
 * search box only when a query needs it (src/client/explain.ts):
 * - `words`: every word the handbook's items, sections and levels use, most frequent first, then the
 *   words of its thesaurus and its items' search terms, so a misspelt query word is corrected to the
 *   nearest of them ("stratgic" → "strategic"), never to a word only the dictionary added;
 * - `terms`: each reader's word search finds items by, with the framework's words it stands for: the
 *   thesaurus's (`stakeholder` → `customer`…) and the dictionary's (`assign` → `delegate`, from
 *   src/pipeline/search/expansion.ts), so a result found through one says why.
 */
import type { SearchVocabularyFile } from '../client/explain';
import { joined, wordsOf } from '../client/query-words';
import { isStopWord } from '../client/stop-words';
import { allItems, type Handbook } from '../pipeline/model/model';
import { expandText, expandTexts, type ExpansionTerm } from '../pipeline/search/expansion';

/** Words by how often they occur, the most frequent first; ties in alphabetical order. Stop words, which search never looks up, are left out. */
function byFrequency(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const word of texts.flatMap(wordsOf).filter((word) => !isStopWord(word))) {
    for (const form of new Set([word, joined(word)])) counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  return [...counts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b)).map(([word]) => word);
}

/** The vocabulary of a handbook; `expand` gives an item's dictionary words (the build's own by default). */
export function searchVocabulary(
  handbook: Handbook,
  expand: (text: string) => ExpansionTerm[] = expandText,
): SearchVocabularyFile {
  const items = allItems(handbook);
  const sections = handbook.levels.flatMap((level) => level.sections);
  const words = byFrequency([
    ...items.flatMap((item) => [item.text.plain, ...item.subpoints.map((point) => point.plain)]),
    ...sections.flatMap((section) => [
      section.title,
      section.lead?.plain ?? '',
      section.shift?.from.plain ?? '',
      section.shift?.to.plain ?? '',
    ]),
    ...handbook.levels.flatMap((level) => [level.title, level.role ?? '']),
  ]);
  const readers = byFrequency(items.flatMap((item) => item.searchTerms)).filter(
    (word) => !words.includes(word),
  );
  const terms = new Map<string, Set<string>>();
  const add = (term: string, meanings: readonly string[]) => {
    const known = terms.get(term) ?? new Set<string>();
    for (const meaning of meanings) known.add(meaning);
    terms.set(term, known);
  };
  const used = new Set(items.flatMap((item) => item.searchTerms));
  for (const [term, phrases] of Object.entries(handbook.thesaurus)) if (used.has(term)) add(term, phrases);
  for (const terms of expandTexts(
    items.map((item) => item.text.plain),
    expand,
  ).values())
    for (const { term, source } of terms) add(term, [source]);
  return {
    words: [...words, ...readers],
    terms: Object.fromEntries([...terms].map(([term, meanings]) => [term, [...meanings]])),
  };
}
