/**
 * Turns Pagefind results into the links the search box shows. Each link lands on the exact item, at
 * its canonical URL, and shows the item's own words, with the words Pagefind matched marked.
 * Pure, so it is tested without a browser; `src/client/search.ts` puts it on the page.
 */
import { markedWords, plainText } from './excerpts';
import { readItemTitle, UNWEIGHTED } from './item-title';
import { isFormOf, isTyping, matchedWords, queryWords, wordsOf } from './query-words';

/** The parts of a Pagefind 1.6 sub-result the handbook uses. */
export interface PagefindSubResult {
  /** From the element's `data-pagefind-title`: the item's plain text. */
  title: string;
  url: string;
  /** Escaped page text with `<mark>` around each hit. */
  excerpt: string;
  /** Where its hits are, as positions of words in the page's `raw_content`. */
  locations?: number[];
  /** The same hits with the weight of the text each is in (1 for plain text, less for search terms). */
  weighted_locations?: { weight: number; location: number }[];
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
  /** The page's indexed text: hits' locations count its words, split at white space. */
  raw_content?: string;
}

/** A query word a part has, and how much the text it is in weighs: 1 for its own words, less for search terms. */
export interface WordHit {
  word: string;
  weight: number;
  /** The word the index found (`stakeholders` for `stakeholder`), as written there, lower-case. */
  found: string;
}

/** What a hit on another form of a query word ("investment" for "investing") weighs, against 1 for the word itself. */
const FORM_WEIGHT = 0.9;
/** What a hit on a word the query's last word only begins ("deleg…") weighs. */
const BEGINNING_WEIGHT = 0.8;

/**
 * The query's words a part of a page has, each with its heaviest hit: read from the hits' locations
 * in the page's text where Pagefind gives them (so a word far from the excerpt still counts), else
 * from the marks of the excerpt. Weights above 1 (headings) count as 1.
 */
export function wordHits(query: string, sub: PagefindSubResult, content?: readonly string[]): WordHit[] {
  const words = queryWords(query);
  const weighted = sub.weighted_locations;
  if (!content || !sub.locations || !weighted || weighted.length !== sub.locations.length)
    return matchedWords(query, sub.excerpt).map((word) => ({ word, weight: 1, found: word }));
  const hits: WordHit[] = [];
  for (const word of words) {
    let best: WordHit | undefined;
    sub.locations.forEach((location, index) => {
      const found = wordsOf(content[location] ?? '')[0];
      // The word as typed counts a little more than another form of it, or a word it begins.
      const form = found === word ? 1 : isFormOf(word, found ?? '') ? FORM_WEIGHT : BEGINNING_WEIGHT;
      const weight = Math.min(weighted[index]?.weight ?? 1, 1) * form;
      if (found && isFormOf(word, found, isTyping(query, word)) && weight > (best?.weight ?? 0))
        best = { word, weight, found };
    });
    if (best) hits.push(best);
  }
  // A compound the index split ("push-back" as "push" "back") is still found by the excerpt's marks.
  const missed = matchedWords(query, sub.excerpt).filter((word) => !hits.some((hit) => hit.word === word));
  return [...hits, ...missed.map((word) => ({ word, weight: 1, found: word }))];
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
  /** The query's words it has (`queryWords`), in any form. */
  matched: string[];
  /** Of an item, the query's words it has only in its search terms, not in its own words. */
  via?: WordHit[];
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
 * Whether one of the links has every word of the query. Pagefind leaves out a word found nowhere
 * ("delegate xyzzy" finds what "delegate" finds), so its results alone do not say.
 */
export function coversAll(links: readonly SearchLink[], query: string): boolean {
  const wanted = queryWords(query).length;
  return links.some((link) => link.matched.length >= wanted);
}

/** The query's words that none of the links has: the index knows them nowhere, or not as typed. */
export function unmatchedWords(links: readonly SearchLink[], query: string): string[] {
  return queryWords(query).filter((word) => !links.some((link) => link.matched.includes(word)));
}

interface Ranked extends SearchLink {
  /** How many of the query's words it has. */
  count: number;
  /** How well it has them: each word counts its hit's weight (`wordHits`). */
  relevance: number;
  isItem: boolean;
  score: number;
  order: number;
}

/** The sum of the hits' weights, rounded so that float noise does not order equal matches. */
const relevanceOf = (hits: readonly WordHit[]) =>
  Math.round(100 * hits.reduce((sum, hit) => sum + hit.weight, 0)) / 100;

/**
 * The best places to land. Items first, those having more of the query's words ahead; among those
 * with as many, an item ahead of a heading that merely names the words, then the one that has them
 * better (a word in an item's own text counts more than one in its search terms, the thesaurus's more
 * than the dictionary's, the word as typed more than another form of it), then by the weight its
 * title carries and its hits, then in Pagefind's order. A tool's page (the case, a rubric) ranks as one part, after
 * the items and headings that match as much. Pages where nothing smaller matched (a level's
 * introduction) come last, under their own title. Each page gives at most its three best parts. Items
 * land at their canonical URL.
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
    const content = data.raw_content?.split(/[\r\n\s]+/g);
    const matching = data.sub_results
      .filter((sub) => sub.url.includes('#') && (sub.locations?.length ?? 1) > 0)
      .map((sub) => {
        const hits = wordHits(query, sub, content);
        return { sub, hits, relevance: relevanceOf(hits), count: sub.locations?.length ?? 0 };
      })
      .sort((a, b) => b.relevance - a.relevance || b.count - a.count)
      .slice(0, ITEMS_PER_PAGE);
    if (matching.length === 0 && data.meta.tool !== undefined) {
      // A tool is one result, its title and what it is for, ranked with the items by the words it
      // matches: after the items that match as many, ahead of those that match fewer.
      const words = matchedWords(query, data.excerpt);
      ranked.push({
        url: data.url,
        text: context,
        marks: markedWords(data.excerpt),
        context: data.meta.tool,
        matched: words,
        count: words.length,
        relevance: words.length,
        isItem: false,
        score: 0,
        order: page * ITEMS_PER_PAGE,
      });
    } else if (matching.length === 0) {
      const excerpt = plainText(data.excerpt);
      pages.push({
        url: data.url,
        text: context,
        marks: markedWords(data.excerpt),
        context: excerpt,
        matched: matchedWords(query, data.excerpt),
      });
    }
    matching.forEach(({ sub, hits, relevance, count }, index) => {
      const item = readItemTitle(sub.title);
      const own = wordsOf(item.text);
      // The words it has only in its search terms: the reader is told why it was found.
      const hidden = hits.filter((hit) => !own.some((word) => isFormOf(hit.word, word, false)));
      ranked.push({
        url: canonicalItemUrl(sub.url),
        text: item.text,
        marks: markedWords(sub.excerpt),
        context: item.context ?? context,
        ...(item.competency === undefined ? {} : { competency: item.competency }),
        ...(item.attributes === undefined ? {} : { attributes: item.attributes }),
        matched: hits.map((hit) => hit.word),
        ...(hidden.length > 0 && item.context !== undefined ? { via: hidden } : {}),
        count: hits.length,
        relevance,
        isItem: item.context !== undefined,
        score: (item.weight ?? UNWEIGHTED) * (1 + Math.min(Math.max(count, 1), 3) / 3),
        order: page * ITEMS_PER_PAGE + index,
      });
    });
  });
  ranked.sort(
    (a, b) =>
      b.count - a.count ||
      Number(b.isItem) - Number(a.isItem) ||
      b.relevance - a.relevance ||
      b.score - a.score ||
      a.order - b.order,
  );
  const links = [...ranked.map(toLink), ...pages];
  return links.filter((link) => passes(link, options)).slice(0, max);
}

function toLink(ranked: Ranked): SearchLink {
  const { url, text, marks, context, competency, attributes, matched, via } = ranked;
  return {
    url,
    text,
    marks,
    context,
    matched,
    ...(competency === undefined ? {} : { competency }),
    ...(attributes === undefined ? {} : { attributes }),
    ...(via === undefined ? {} : { via }),
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
            if (same.weighted_locations && sub.weighted_locations)
              same.weighted_locations = [...same.weighted_locations, ...sub.weighted_locations];
            else delete same.weighted_locations;
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
