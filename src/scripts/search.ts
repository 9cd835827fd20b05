/**
 * Enhances a `[data-search]` box: loads Pagefind from this site's `pagefind/` on first use, shows
 * results that land on the exact item (Pagefind sub-results carry the item's `#id`), and handles
 * the keyboard: ↓ into the results, ↑/↓ between them, Escape back to the box.
 */
import { joinBase } from '../lib/base';

interface SubResult {
  url: string;
  excerpt: string;
  locations?: number[];
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: SubResult[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    query: string,
    options?: object,
    ms?: number,
  ): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}
interface Link {
  url: string;
  excerpt: string;
  context: string;
}

const MAX_LINKS = 8;
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(base: string): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ joinBase(base, 'pagefind/pagefind.js'))) as Pagefind;
    await module.options({ baseUrl: base, excerptLength: 24 });
    await module.init();
    return module;
  })().catch((error: unknown) => {
    pagefind = undefined;
    throw error;
  });
  return pagefind;
}

/** The best places to land: each page's matching items, most hits first; the page itself if none. */
async function toLinks(results: { data(): Promise<ResultData> }[]): Promise<Link[]> {
  const links: Link[] = [];
  for (const result of results.slice(0, MAX_LINKS)) {
    const data = await result.data();
    const context = data.meta.title ?? data.url;
    const items = data.sub_results
      .filter((sub) => sub.url.includes('#') && (sub.locations?.length ?? 1) > 0)
      .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0));
    if (items.length === 0) links.push({ url: data.url, excerpt: data.excerpt, context });
    else links.push(...items.slice(0, 3).map((sub) => ({ url: sub.url, excerpt: sub.excerpt, context })));
    if (links.length >= MAX_LINKS) break;
  }
  return links.slice(0, MAX_LINKS);
}

function renderLink(link: Link): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = link.url;
  const excerpt = document.createElement('span');
  excerpt.className = 'excerpt';
  // Pagefind escapes the page text in excerpts; its only markup is <mark> around the hits.
  excerpt.innerHTML = link.excerpt;
  const context = document.createElement('span');
  context.className = 'context';
  context.textContent = link.context;
  a.append(excerpt, context);
  li.append(a);
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

  const show = (text: string, links: Link[]) => {
    summary.textContent = text;
    status.textContent = text;
    list.replaceChildren(...links.map(renderLink));
    panel.hidden = false;
  };
  const hide = () => {
    panel.hidden = true;
  };

  const search = async () => {
    const query = input.value.trim();
    if (!query) {
      hide();
      status.textContent = '';
      return;
    }
    try {
      const engine = await loadPagefind(base);
      const response = await engine.debouncedSearch(query, {}, 150);
      if (!response || input.value.trim() !== query) return; // a newer search is under way
      const links = await toLinks(response.results);
      const count = links.length === 1 ? '1 result' : `${links.length === 0 ? 'No' : links.length} results`;
      show(`${count} for “${query}”`, links);
    } catch {
      show('Search is not available here: it works on the built handbook.', []);
    }
  };

  const moveFocus = (step: number) => {
    const links = [...list.querySelectorAll('a')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    const target = index === -1 ? links[0] : links[index + step];
    if (target) target.focus();
    else if (index + step < 0) input.focus();
  };

  input.addEventListener('focus', () => void loadPagefind(base).catch(() => undefined), { once: true });
  input.addEventListener('input', () => void search());
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      hide();
      input.focus();
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
