/**
 * The words readers search with, beside the framework's own. The thesaurus maps a reader's word to the
 * framework's words ("stakeholder" → "customer"); an item whose text or section title uses those words
 * is indexed under the reader's word too. With an item's own `searchTerms`, these are its search terms:
 * indexed with it, never shown as framework text.
 */
import type { Thesaurus } from '../../schemas/content';

/** Whether `text` uses `phrase`: case aside, starting at a word (`direction` in `directions`). */
export function mentions(text: string, phrase: string): boolean {
  const escaped = phrase
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}`, 'iu').test(text);
}

/** The reader's words the thesaurus gives an item, from its text and its section's title, in thesaurus order. */
export function thesaurusTerms(thesaurus: Thesaurus, texts: readonly string[]): string[] {
  return Object.entries(thesaurus)
    .filter(([, phrases]) => phrases.some((phrase) => texts.some((text) => mentions(text, phrase))))
    .map(([term]) => term);
}

/** Thesaurus phrases no item or section title uses: they would find nothing. */
export function unusedPhrases(
  thesaurus: Thesaurus,
  texts: readonly string[],
): { term: string; index: number; phrase: string }[] {
  return Object.entries(thesaurus).flatMap(([term, phrases]) =>
    phrases.flatMap((phrase, index) =>
      texts.some((text) => mentions(text, phrase)) ? [] : [{ term, index, phrase }],
    ),
  );
}

/**
 * A few of the reader's words that find items, to offer after a search that finds nothing: the
 * thesaurus's first terms (its author's order), then items' own search terms.
 */
export function searchExamples(
  thesaurus: Thesaurus,
  items: readonly { searchTerms: readonly string[] }[],
  count = 3,
): string[] {
  const used = items.flatMap((item) => item.searchTerms);
  const known = new Set(used);
  return [...new Set([...Object.keys(thesaurus).filter((term) => known.has(term)), ...used])].slice(0, count);
}
