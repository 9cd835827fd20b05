/**
 * Enhances a `[data-search]` box: loads Pagefind from this site's `pagefind/` on first use, shows
 * results that land on the exact item (Pagefind sub-results carry the item's `#id`), and handles
 * the keyboard: Enter opens the first result, ↓ (or ↑) moves into the results and between them,
 * Escape goes back to the box.
 */
import { joinBase } from './base-path';
import { segments } from './excerpts';
import { missingLevel, type KnownLevel } from './query-words';
import {
  coversAll,
  mergeResults,
  pickLinks,
  pickTarget,
  type PagefindResultData,
  type SearchLink,
} from './search-results';
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

function renderLink(link: SearchLink): HTMLLIElement {
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

  const show = (text: string, links: SearchLink[], suggest = false) => {
    summary.textContent = text;
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
  const find = async (engine: Pagefind, words: string, filters: object, pages: number) => {
    const read = (response: PagefindResponse) =>
      Promise.all(response.results.slice(0, pages).map((result) => result.data()));
    const whole = await engine.debouncedSearch(words, { filters }, DEBOUNCE_MS);
    if (!whole) return undefined; // a newer search is under way
    const data = await read(whole);
    const apart = words.split(/\s+/);
    if (data.length > 0 || apart.length < 2) return { data, partial: false };
    const lists = await Promise.all(apart.map(async (word) => read(await engine.search(word, { filters }))));
    return { data: mergeResults(lists), partial: true };
  };

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
      // A query that names a level the handbook does not have says so, and searches the other words.
      const missing = missingLevel(query, levels);
      const words = missing ? missing.rest : query;
      const filters = levelFilter?.value ? { level: levelFilter.value } : {};
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
      const found = words ? await find(engine, words, filters, pages) : { data: [], partial: false };
      if (!found || input.value.trim() !== query) return; // a newer search is under way
      const links = pickLinks(found.data, most, {
        query: words,
        attributes,
        ...(competency ? { competency } : {}),
      });
      const count = searchWords.count(links.length);
      const said = missing
        ? searchWords.noSuchLevel(missing.level, ...levels.map((entry) => entry.title))
        : '';
      if (links.length === 0) show(said + searchWords.none(query), [], true);
      else if (found.partial || !coversAll(found.data, words))
        show(said + searchWords.partial(words, count), links);
      else show(said + searchWords.found(count, words), links);
      shown();
    } catch {
      show(searchWords.unavailable, []);
      shown();
    }
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
