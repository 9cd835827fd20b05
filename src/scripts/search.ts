/**
 * Enhances a `[data-search]` box: loads Pagefind from this site's `pagefind/` on first use, shows
 * results that land on the exact item (Pagefind sub-results carry the item's `#id`), and handles
 * the keyboard: Enter opens the first result, ↓ (or ↑) moves into the results and between them,
 * Escape goes back to the box.
 */
import { joinBase } from '../lib/base';
import { pickLinks, segments, type PagefindResultData, type SearchLink } from '../lib/search-results';

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    query: string,
    options?: object,
    ms?: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
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

  const show = (text: string, links: SearchLink[]) => {
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
      const data = await Promise.all(response.results.slice(0, MAX_LINKS).map((result) => result.data()));
      const links = pickLinks(data, MAX_LINKS);
      const count = links.length === 1 ? '1 result' : `${links.length === 0 ? 'No' : links.length} results`;
      show(`${count} for “${query}”`, links);
    } catch {
      show('Search is not available here: it works on the built handbook.', []);
    }
  };

  const moveFocus = (step: number) => {
    const links = [...list.querySelectorAll('a')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    const target = index === -1 ? links.at(step > 0 ? 0 : -1) : links[index + step];
    if (target) target.focus();
    else if (index + step < 0) input.focus();
  };

  // Started when the reader first reaches the box (src/scripts/enhance.ts): fetch Pagefind now, and
  // search for whatever was typed while this code loaded.
  void loadPagefind(base).catch(() => undefined);
  if (input.value.trim()) void search();
  input.addEventListener('input', () => void search());
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      hide();
      input.focus();
    } else if (event.key === 'Enter' && event.target === input) {
      event.preventDefault();
      list.querySelector('a')?.click();
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
