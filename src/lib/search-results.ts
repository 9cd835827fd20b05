/**
 * Turns Pagefind results into the links the search box shows. Each link lands on the exact item, at
 * its canonical URL, and shows the item's own words, with the words Pagefind matched marked.
 * Pure, so it is tested without a browser; `src/scripts/search.ts` puts it on the page.
 */

/** The parts of a Pagefind 1.6 sub-result the handbook uses. */
export interface PagefindSubResult {
  /** From the element's `data-pagefind-title`: the item's plain text. */
  title: string;
  url: string;
  /** Escaped page text with `<mark>` around each hit. */
  excerpt: string;
  locations?: number[];
}

/** The parts of a Pagefind 1.6 result's `data()` the handbook uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}

export interface SearchLink {
  url: string;
  /** What the link says: the item's words, or the page's excerpt when no item matched. */
  text: string;
  /** Words to mark in `text`, as Pagefind matched them. */
  marks: string[];
  /** Where the link leads: the page's title ("Common Struggles · Level 4"). */
  context: string;
}

/** At most this many matching items of one page are shown, so one page cannot crowd out the rest. */
const ITEMS_PER_PAGE = 3;

/** The best places to land, in Pagefind's page order: each page's matching items (most hits first), else the page. */
export function pickLinks(results: readonly PagefindResultData[], max: number): SearchLink[] {
  const links: SearchLink[] = [];
  for (const data of results) {
    const context = data.meta.title ?? data.url;
    const items = data.sub_results
      .filter((sub) => sub.url.includes('#') && (sub.locations?.length ?? 1) > 0)
      .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))
      .slice(0, ITEMS_PER_PAGE);
    if (items.length === 0) {
      links.push({ url: data.url, text: plainText(data.excerpt), marks: markedWords(data.excerpt), context });
    } else {
      for (const sub of items)
        links.push({
          url: canonicalItemUrl(sub.url),
          text: sub.title,
          marks: markedWords(sub.excerpt),
          context,
        });
    }
  }
  return links.slice(0, max);
}

/**
 * An item found on its section page (`…/levels/4/common-struggles/#id`, where search indexes it) at its
 * canonical URL on its level page (`…/levels/4/#id`), the one to land on and to cite.
 */
export function canonicalItemUrl(url: string): string {
  return url.replace(/(\/levels\/[^/#]+\/)[^/#]+\/#/, '$1#');
}

/** The words inside `<mark>` in a Pagefind excerpt, without trailing punctuation. */
export function markedWords(excerpt: string): string[] {
  const words = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) =>
    decodeEntities(match[1] ?? '').replace(/[.,;:!?]+$/, ''),
  );
  return [...new Set(words.filter(Boolean))];
}

/** A Pagefind excerpt as plain text. */
export function plainText(excerpt: string): string {
  return decodeEntities(excerpt.replace(/<[^>]*>/g, ''));
}

/** `text` cut into runs, each marked or not, where whole words of `marks` appear (case-insensitive). */
export function segments(text: string, marks: readonly string[]): { text: string; mark: boolean }[] {
  if (marks.length === 0) return [{ text, mark: false }];
  const escaped = marks.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return text
    .split(pattern)
    .map((part, index) => ({ text: part, mark: index % 2 === 1 }))
    .filter((part) => part.text !== '');
}

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'",
  '#x27': "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name: string) => entities[name] ?? '');
}
