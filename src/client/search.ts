/**
 * Enhances a `[data-search]` box: loads Pagefind from this site's `pagefind/` on first use, shows
 * results that land on the exact item (Pagefind sub-results carry the item's `#id`), and handles
 * the keyboard: Enter opens the first result, ↓ (or ↑) moves into the results and between them,
 * Escape goes back to the box.
 */
import { joinBase } from './base-path';
import { segments } from './excerpts';
import type { Reason, SearchVocabulary, SearchVocabularyFile } from './explain';
import { levelNamed, missingLevel, queryWords, type KnownLevel } from './query-words';
import {
  coversAll,
  mergeResults,
  pickLinks,
  pickTarget,
  unmatchedWords,
  type PagefindResultData,
  type SearchLink,
} from './search-results';
import { isStopWord } from './stop-words';
import { searchWords } from './words/search';
import { caseWords } from './words/case';
import { casesKey } from './selectors';

interface PagefindResponse {
  results: { data(): Promise<PagefindResultData> }[];
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: object): Promise<PagefindResponse>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<PagefindResponse | null>;
}

/** How long typing must pause before a search: long enough to skip keystrokes, short enough to feel instant. */
const DEBOUNCE_MS = 30;

/** Results shown in a header's box; the search page shows more. */
const MAX_LINKS = 8;
const MAX_LINKS_ON_PAGE = 30;
let pagefind: Promise<Pagefind> | undefined;
/** The build's search vocabulary and the code that reads it: only a query that needs them loads them. */
interface Vocabulary {
  explain: typeof import('./explain');
  words: SearchVocabulary;
}
let vocabulary: Promise<Vocabulary | undefined> | undefined;

/** The build's search vocabulary (`search/words.json`), fetched once, when a query first needs it. */
function loadVocabulary(base: string): Promise<Vocabulary | undefined> {
  vocabulary ??= Promise.all([
    import('./explain'),
    fetch(joinBase(base, 'search/words.json')).then((response) =>
      response.ok ? (response.json() as Promise<SearchVocabularyFile>) : undefined,
    ),
  ])
    .then(([explain, file]) => (file ? { explain, words: explain.readVocabulary(file) } : undefined))
    .catch(() => undefined);
  return vocabulary;
}

function loadPagefind(base: string): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ joinBase(base, 'pagefind/pagefind.js'))) as Pagefind;
    // Searching in the page, not in Pagefind's worker: a query takes a few milliseconds even on a
    // 2,000-page handbook, and the worker's script would add 12 KB gzip to the first search.
    await module.options({ baseUrl: base, excerptLength: 24, noWorker: true });
    await module.init();
    return module;
  })().catch((error: unknown) => {
    pagefind = undefined;
    throw error;
  });
  return pagefind;
}

function renderLink(link: SearchLink & { reasons?: Reason[] }): HTMLLIElement {
  const text = document.createElement('span');
  text.className = 'words';
  text.append(
    ...segments(link.text, link.marks).map((part) => {
      if (!part.mark) return part.text;
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      return mark;
    }),
  );
  const context = document.createElement('span');
  context.className = 'context';
  context.textContent = link.context;
  const a = document.createElement('a');
  a.href = link.url;
  a.append(text, context);
  // Found through its search terms: which of its words the reader's word stands for.
  if (link.reasons && link.reasons.length > 0) {
    const why = document.createElement('span');
    why.className = 'why';
    why.textContent = link.reasons
      .map((reason) => searchWords.because(reason.word, ...reason.matches))
      .join(' · ');
    a.append(why);
  }
  const li = document.createElement('li');
  li.append(a);
  // An item (its canonical URL, `…/levels/<level>/#<id>`) can be added to the case from here too.
  const item = pickTarget(link.url);
  if (item) {
    const pick = document.createElement('button');
    pick.type = 'button';
    pick.className = 'pick';
    pick.dataset['pick'] = '';
    pick.dataset['pickLevel'] = item.level;
    pick.dataset['pickKey'] = item.key;
    pick.setAttribute('aria-pressed', 'false');
    pick.setAttribute('aria-label', caseWords.addItem(link.text));
    pick.textContent = caseWords.add;
    li.append(pick);
  }
  return li;
}

/**
 * The first `pages` results of a search, read, each copied at once: Pagefind hands every search the
 * same object for a page and rewrites its hits and parts for the next search of that page.
 */
async function read(response: PagefindResponse, pages: number): Promise<PagefindResultData[]> {
  const data = await Promise.all(response.results.slice(0, pages).map((result) => result.data()));
  return data.map((page) => ({ ...page, sub_results: page.sub_results.map((sub) => ({ ...sub })) }));
}

/** How many of the query's words the best of the links has. */
const matchedCount = (links: readonly SearchLink[]) =>
  Math.max(0, ...links.map((link) => link.matched.length));

export function startSearch(box: HTMLElement): void {
  const input = box.querySelector('input');
  const panel = box.querySelector<HTMLElement>('[data-search-results]');
  const list = box.querySelector<HTMLElement>('[data-search-list]');
  const summary = box.querySelector<HTMLElement>('[data-search-summary]');
  const status = box.querySelector<HTMLElement>('[data-search-status]');
  if (!input || !panel || !list || !summary || !status) return;
  const base = box.dataset['base'] ?? '/';

  const suggestions = box.querySelector<HTMLElement>('[data-search-suggestions]');
  const levelFilter = box.querySelector<HTMLSelectElement>('[data-search-level]');
  const competencyFilter = box.querySelector<HTMLSelectElement>('[data-search-competency]');
  const scaleFilters = [...box.querySelectorAll<HTMLSelectElement>('[data-search-scale]')];
  const levels = JSON.parse(box.dataset['levels'] ?? '[]') as KnownLevel[];
  const fromUrl = box.hasAttribute('data-search-from-url');
  const all = box.querySelector<HTMLAnchorElement>('[data-search-all]');
  const searchPage = all?.getAttribute('href') ?? '';
  const most = fromUrl ? MAX_LINKS_ON_PAGE : MAX_LINKS;

  const show = (text: string, links: SearchLink[], suggest = false, ...after: Node[]) => {
    summary.replaceChildren(text, ...after);
    status.textContent = text;
    list.replaceChildren(...links.map(renderLink));
    // Which results are in the reader's case: only where this browser keeps cases, and the code that
    // reads them loads then, not with every first search.
    if (list.querySelector('[data-pick]') && localStorage.getItem(casesKey(base)) !== null)
      void import('./picks').then((picks) => picks.showPicks(list));
    if (suggestions) suggestions.hidden = !suggest;
    panel.hidden = false;
  };
  const hide = () => {
    panel.hidden = true;
  };

  /** Pagefind's results for `words`, read; every word apart when no page has them all. */
  const find = async (engine: Pagefind, words: string, filters: object, pages: number, debounce = true) => {
    const whole = debounce
      ? await engine.debouncedSearch(words, { filters }, DEBOUNCE_MS)
      : await engine.search(words, { filters });
    if (!whole) return undefined; // a newer search is under way
    return { data: await read(whole, pages) };
  };

  /**
   * Each word's results, with `data`: where no part of a page has every word, the pages that have all
   * of them (all Pagefind returns) may hold none of the parts that have most.
   */
  const findApart = async (engine: Pagefind, words: string, filters: object, pages: number) => {
    const lists: PagefindResultData[][] = [];
    // One search at a time: Pagefind gives every search the same object for a page, rewritten by each.
    for (const word of words.split(/\s+/))
      lists.push(await read(await engine.search(word, { filters }), pages));
    return lists;
  };

  /** Queries the reader asked to search for as typed, after a correction. */
  const verbatim = new Set<string>();

  const search = async () => {
    const query = input.value.trim();
    const shown = () => (panel.dataset['searchFor'] = query);
    const address = query ? `?q=${encodeURIComponent(query)}` : '';
    if (fromUrl) history.replaceState(null, '', address || location.pathname);
    all?.setAttribute('href', searchPage + address);
    if (!query) {
      hide();
      status.textContent = '';
      return;
    }
    try {
      const engine = await loadPagefind(base);
      // A query that names a level the handbook does not have says so, and searches the other words;
      // one that names a level it has leads to that level, and searches the rest in it.
      const missing = missingLevel(query, levels);
      const named = missing ? undefined : levelNamed(query, levels);
      const rest = missing?.rest ?? named?.rest ?? query;
      const words = queryWords(rest).join(' ');
      const onlyLevel = named !== undefined && queryWords(rest).every(isStopWord);
      const levelTitle = levelFilter?.value || (named && levels.length > 1 ? named.level.title : '');
      const filters = levelTitle ? { level: levelTitle } : {};
      // A competency is a part of a page, not a page: read more pages, keep that competency's items.
      // So are an item's values on the framework's scales.
      const competency = competencyFilter?.value || undefined;
      const attributes = Object.fromEntries(
        scaleFilters
          .filter((select) => select.value)
          .map((select) => [select.dataset['searchScale'], select.value]),
      ) as Record<string, string>;
      const narrowed = competency !== undefined || Object.keys(attributes).length > 0;
      const pages = narrowed ? most * 3 : most;
      const options = { attributes, ...(competency ? { competency } : {}) };
      const linksFor = async (searched: string, debounce: boolean) => {
        if (!searched || onlyLevel) return { links: [] as SearchLink[], partial: false };
        const found = await find(engine, searched, filters, pages, debounce);
        if (!found) return undefined;
        const pick = (data: PagefindResultData[]) => pickLinks(data, most, { query: searched, ...options });
        const links = pick(found.data);
        if (coversAll(links, searched) || !searched.includes(' ')) return { links, partial: false };
        const apart = await findApart(engine, searched, filters, pages);
        return { links: pick(mergeResults([found.data, ...apart])), partial: found.data.length === 0 };
      };
      let searched = words;
      let result = await linksFor(words, true);
      if (!result || input.value.trim() !== query) return; // a newer search is under way
      // Words that match nothing, corrected to the nearest words the index knows, when that finds more.
      let corrected = false;
      const unmatched = unmatchedWords(result.links, searched);
      if (unmatched.length > 0 && !onlyLevel && !verbatim.has(query)) {
        const known = await loadVocabulary(base);
        const better = known?.explain.correctedQuery(queryWords(searched), unmatched, known.words);
        const again = better ? await linksFor(better.join(' '), false) : undefined;
        if (better && again && matchedCount(again.links) > matchedCount(result.links)) {
          [searched, result, corrected] = [better.join(' '), again, true];
        }
      }
      if (input.value.trim() !== query) return;
      let links: (SearchLink & { reasons?: Reason[] })[] = result.links;
      if (links.some((link) => link.via)) {
        const known = await loadVocabulary(base);
        if (known)
          links = links.map((link) => (link.via ? known.explain.explainLink(link, known.words) : link));
      }
      if (named && onlyLevel) links = [levelLink(named.level), ...links];
      const count = searchWords.count(links.length);
      const said = missing
        ? searchWords.noSuchLevel(missing.level, ...levels.map((entry) => entry.title))
        : '';
      const nowhere = unmatchedWords(links, searched);
      if (links.length === 0) show(said + searchWords.none(query), [], true);
      else if (corrected)
        show(said + searchWords.corrected(searched, count), links, false, insteadButton(query));
      else if (onlyLevel || !searched) show(said + searchWords.found(count, query), links);
      else if (nowhere.length > 0) show(said + searchWords.nowhere(count, ...nowhere), links);
      else if (result.partial || !coversAll(links, searched))
        show(said + searchWords.partial(rest, count), links);
      else show(said + searchWords.found(count, rest), links);
      shown();
    } catch {
      show(searchWords.unavailable, []);
      shown();
    }
  };

  /** The level page a query names, first among its results. */
  const levelLink = (level: KnownLevel): SearchLink => ({
    url: joinBase(base, `levels/${encodeURIComponent(level.id)}/`),
    text: level.title,
    marks: [],
    context: searchWords.levelPage,
    matched: [],
  });

  /** After a correction: search for the words as typed. */
  const insteadButton = (query: string) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'instead';
    button.textContent = searchWords.instead(query);
    button.addEventListener('click', () => {
      verbatim.add(query);
      input.focus();
      void search();
    });
    return button;
  };

  const moveFocus = (step: number) => {
    const links = [...list.querySelectorAll('a')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    const target = index === -1 ? links.at(step > 0 ? 0 : -1) : links[index + step];
    if (target) target.focus();
    else if (index + step < 0) input.focus();
  };

  // Started when the reader first reaches the box (src/client/enhance.ts): fetch Pagefind now, and
  // search for whatever was typed while this code loaded.
  void loadPagefind(base).catch(() => undefined);
  if (fromUrl && !input.value) input.value = new URLSearchParams(location.search).get('q') ?? '';
  if (input.value.trim()) void search();
  input.addEventListener('input', () => void search());
  for (const filter of [levelFilter, competencyFilter, ...scaleFilters])
    filter?.addEventListener('change', () => void search());
  // An example query offered after a miss runs when chosen.
  suggestions?.addEventListener('click', (event) => {
    const example = (event.target as Element | null)?.closest<HTMLElement>('[data-search-example]');
    if (!example) return;
    input.value = example.dataset['searchExample'] ?? '';
    input.focus();
    void search();
  });
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      hide();
      input.focus();
    } else if (event.key === 'Enter' && event.target === input) {
      // The first result; with none, the search page (the form's own action), unless already on it.
      const first = list.querySelector('a');
      if (first || fromUrl) event.preventDefault();
      first?.click();
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && list.childElementCount > 0) {
      event.preventDefault();
      panel.hidden = false;
      moveFocus(event.key === 'ArrowDown' ? 1 : -1);
    }
  });
  // Keep focus (and the panel) while a result is being clicked, in browsers that do not focus links.
  panel.addEventListener('mousedown', (event) => event.preventDefault());
  box.addEventListener('focusout', (event) => {
    if (!box.contains(event.relatedTarget as Node | null)) hide();
  });
}
