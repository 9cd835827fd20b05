/**
 * Turns Pagefind results into the links the search box shows. Each link lands on the exact item, at
 * its canonical URL, and shows the item's own words, with the words Pagefind matched marked.
 * Pure, so it is tested without a browser; `src/client/search.ts` puts it on the page.
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
  /**
   * Where the link leads: an item's place ("Level 4 · Common Struggles", with several competencies
   * "Level 3 · Craft · Key Behaviors"), or the page's title.
   */
  context: string;
  /** The competency of the item it leads to; none for a page. */
  competency?: string;
}

/** What search needs to know of an item, beyond its indexed words. */
export interface ItemTitle {
  /** Its words, plain. */
  text: string;
  /** Where it is: "Level 4 · Common Struggles". */
  context: string;
  /** The id of its competency. */
  competency: string;
  /** How much it weighs in the ranking: its section kind's (`src/schemas/section-kinds.ts`). */
  weight: number;
}

/**
 * An item's `data-pagefind-title`: its words, its place, its competency and its weight, for the result
 * to show where it is and rank it. Pagefind does not index titles, so none of it makes an item match.
 */
export function itemTitle({ text, context, competency, weight }: ItemTitle): string {
  return JSON.stringify({ text, context, competency, weight });
}

/** A sub-result's title read back: an item's (see `itemTitle`), or any other title as its text. */
export function readItemTitle(title: string): Partial<ItemTitle> & { text: string } {
  try {
    const read = JSON.parse(title) as unknown;
    if (read && typeof read === 'object' && 'text' in read && typeof read.text === 'string') {
      const { weight, ...rest } = read as Partial<ItemTitle> & { text: string };
      return typeof weight === 'number' ? { ...rest, weight } : rest;
    }
  } catch {
    // not an item's title
  }
  return { text: title };
}

/** At most this many matching items of one page are shown, so one page cannot crowd out the rest. */
const ITEMS_PER_PAGE = 3;

/**
 * What a part of a page that carries no weight of its own (a section's heading) weighs in the ranking:
 * as little as the lightest kind of item. Items carry theirs in their title (see `itemTitle`).
 */
export const UNWEIGHTED = 1;

/** What a search is narrowed by, beyond Pagefind's own filters. */
export interface PickOptions {
  /** The words searched for: an item matching more of them ranks higher. */
  query?: string;
  /** Only items of this competency (and no pages) when given. */
  competency?: string;
}

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

/**
 * Whether some page, or some part of one, has every word of the query. Pagefind leaves out a word
 * found nowhere ("delegate xyzzy" finds what "delegate" finds), so its results alone do not say.
 */
export function coversAll(results: readonly PagefindResultData[], query: string): boolean {
  const wanted = queryWords(query).length;
  return results.some((data) =>
    [data.excerpt, ...data.sub_results.map((sub) => sub.excerpt)].some(
      (excerpt) => coverage(query, excerpt) >= wanted,
    ),
  );
}

interface Ranked extends SearchLink {
  covered: number;
  isItem: boolean;
  score: number;
  order: number;
}

/**
 * The best places to land. Items first, those matching the most words of the query ahead; among
 * them, an item ahead of a heading that merely names the words, then by the weight its title carries
 * and its hits, then in Pagefind's order. Pages where nothing smaller matched (a level's introduction)
 * come last. Each page gives at most its three most-hit parts. Items land at their canonical URL.
 */
export function pickLinks(
  results: readonly PagefindResultData[],
  max: number,
  { query = '', competency }: PickOptions = {},
): SearchLink[] {
  const ranked: Ranked[] = [];
  const pages: SearchLink[] = [];
  results.forEach((data, page) => {
    const context = data.meta.title ?? data.url;
    const matching = data.sub_results
      .filter((sub) => sub.url.includes('#') && (sub.locations?.length ?? 1) > 0)
      .map((sub) => ({ sub, covered: coverage(query, sub.excerpt), hits: sub.locations?.length ?? 0 }))
      .sort((a, b) => b.covered - a.covered || b.hits - a.hits)
      .slice(0, ITEMS_PER_PAGE);
    if (matching.length === 0) {
      pages.push({ url: data.url, text: plainText(data.excerpt), marks: markedWords(data.excerpt), context });
    }
    matching.forEach(({ sub, covered, hits }, index) => {
      const item = readItemTitle(sub.title);
      ranked.push({
        url: canonicalItemUrl(sub.url),
        text: item.text,
        marks: markedWords(sub.excerpt),
        context: item.context ?? context,
        ...(item.competency === undefined ? {} : { competency: item.competency }),
        covered,
        isItem: item.context !== undefined,
        score: (item.weight ?? UNWEIGHTED) * (1 + Math.min(Math.max(hits, 1), 3) / 3),
        order: page * ITEMS_PER_PAGE + index,
      });
    });
  });
  ranked.sort(
    (a, b) =>
      b.covered - a.covered || Number(b.isItem) - Number(a.isItem) || b.score - a.score || a.order - b.order,
  );
  const links = [...ranked.map(toLink), ...pages];
  return (competency ? links.filter((link) => link.competency === competency) : links).slice(0, max);
}

function toLink({ url, text, marks, context, competency }: Ranked): SearchLink {
  return { url, text, marks, context, ...(competency === undefined ? {} : { competency }) };
}

/** Results of several searches (one per word), each page once, in the order first found. */
export function mergeResults(lists: readonly (readonly PagefindResultData[])[]): PagefindResultData[] {
  const byUrl = new Map<string, PagefindResultData>();
  for (const list of lists) {
    for (const data of list) {
      const known = byUrl.get(data.url);
      if (!known) byUrl.set(data.url, { ...data, sub_results: data.sub_results.map((sub) => ({ ...sub })) });
      else {
        for (const sub of data.sub_results) {
          const same = known.sub_results.find((candidate) => candidate.url === sub.url);
          if (!same) known.sub_results.push({ ...sub });
          else {
            // One part found by several words: count every hit, and keep every word's marks.
            same.locations = [...(same.locations ?? []), ...(sub.locations ?? [])];
            same.excerpt = `${same.excerpt} … ${sub.excerpt}`;
          }
        }
      }
    }
  }
  return [...byUrl.values()];
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
