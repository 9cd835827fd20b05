/**
 * Turns Pagefind results into the links the search box shows. Each link lands on the exact item, at
 * its canonical URL, and shows the item's own words, with the words Pagefind matched marked.
 * Pure, so it is tested without a browser; `src/client/search.ts` puts it on the page.
 */
import { markedWords, plainText } from './excerpts';
import { readItemTitle, UNWEIGHTED } from './item-title';
import { coverage, queryWords } from './query-words';

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
  /**
   * `title`: the page's; `tool`: on a tool's page (the case, a rubric), what the tool is for
   * (src/components/search/ToolIndexEntry.astro).
   */
  meta: { title?: string; tool?: string };
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
  /** The item's values on the scales search filters by; none for a page. */
  attributes?: Record<string, string>;
}

/** At most this many matching items of one page are shown, so one page cannot crowd out the rest. */
const ITEMS_PER_PAGE = 3;

/** What a search is narrowed by, beyond Pagefind's own filters. */
export interface PickOptions {
  /** The words searched for: an item matching more of them ranks higher. */
  query?: string;
  /** Only items of this competency (and no pages) when given. */
  competency?: string;
  /** Only items with these values on these scales (and no pages), when given: scale id → value. */
  attributes?: Record<string, string>;
}

/** Whether a link passes the filters: a competency and values on scales ask for items that have them. */
function passes(link: SearchLink, { competency, attributes = {} }: PickOptions): boolean {
  if (competency && link.competency !== competency) return false;
  return Object.entries(attributes).every(([scale, value]) => link.attributes?.[scale] === value);
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
 * and its hits, then in Pagefind's order. A tool's page (the case, a rubric) ranks as one part, after
 * the items and headings that match as many words. Pages where nothing smaller matched (a level's
 * introduction) come last. Each page gives at most its three most-hit parts. Items land at their canonical URL.
 */
export function pickLinks(
  results: readonly PagefindResultData[],
  max: number,
  options: PickOptions = {},
): SearchLink[] {
  const { query = '' } = options;
  const ranked: Ranked[] = [];
  const pages: SearchLink[] = [];
  results.forEach((data, page) => {
    const context = data.meta.title ?? data.url;
    const matching = data.sub_results
      .filter((sub) => sub.url.includes('#') && (sub.locations?.length ?? 1) > 0)
      .map((sub) => ({ sub, covered: coverage(query, sub.excerpt), hits: sub.locations?.length ?? 0 }))
      .sort((a, b) => b.covered - a.covered || b.hits - a.hits)
      .slice(0, ITEMS_PER_PAGE);
    if (matching.length === 0 && data.meta.tool !== undefined) {
      // A tool is one result, its title and what it is for, ranked with the items by the words it
      // matches: after the items that match as many, ahead of those that match fewer.
      ranked.push({
        url: data.url,
        text: context,
        marks: markedWords(data.excerpt),
        context: data.meta.tool,
        covered: coverage(query, data.excerpt),
        isItem: false,
        score: 0,
        order: page * ITEMS_PER_PAGE,
      });
    } else if (matching.length === 0) {
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
        ...(item.attributes === undefined ? {} : { attributes: item.attributes }),
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
  return links.filter((link) => passes(link, options)).slice(0, max);
}

function toLink({ url, text, marks, context, competency, attributes }: Ranked): SearchLink {
  return {
    url,
    text,
    marks,
    context,
    ...(competency === undefined ? {} : { competency }),
    ...(attributes === undefined ? {} : { attributes }),
  };
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

/**
 * An item found on its section page (`…/levels/4/common-struggles/#id`, where search indexes it) at its
 * canonical URL on its level page (`…/levels/4/#id`), the one to land on and to cite.
 */
export function canonicalItemUrl(url: string): string {
  return url.replace(/(\/levels\/[^/#]+\/)[^/#]+\/#/, '$1#');
}

/** The level and id of an item's canonical URL (`…/levels/4/#id`); undefined for any other result. */
export function pickTarget(url: string): { level: string; key: string } | undefined {
  const match = /\/levels\/([^/#?]+)\/(?:\?[^#]*)?#(.+)$/.exec(url);
  if (!match?.[1] || !match[2]) return undefined;
  try {
    return { level: decodeURIComponent(match[1]), key: decodeURIComponent(match[2]) };
  } catch {
    return undefined;
  }
}
