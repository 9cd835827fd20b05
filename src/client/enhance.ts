/**
 * Every page's JavaScript, run on load, kept small: what every reader needs (a fragment that names
 * nothing, the printed address, one tab stop per cited item) runs now; what only some readers use
 * (the search box, Copy citation, the worksheet, the then/now note of a citation of an older version)
 * loads when they first use it.
 */
import { watchFragments } from './fragment';
import { fillPrintAddress } from './print-address';
import { casesKey, citeSelectors, worksheetSelectors, worksheetStorageAttribute } from './selectors';

watchFragments(document);
fillPrintAddress(document);

// A citation of another version (`?v=2026.1`) than the page's shows, at its item, what changed since.
// (`data-handbook-version`, read here without src/client/page-attributes.ts, and checked again in
// then-now.ts: this file is kept small.)
const cited = /[?&]v=([^&]*)/.exec(location.search)?.[1];
if (cited && cited !== document.documentElement.dataset['handbookVersion'])
  void import('./then-now').then((module) => module.showThenNow());

// The cite button is the keyboard's one stop per item: the anchor link beside it leaves the tab order
// (the citation carries the same link) but stays for pointers and screen readers.
for (const link of document.querySelectorAll<HTMLElement>(`${citeSelectors.host} .anchor-link`))
  link.tabIndex = -1;
// An item's controls are a toolbar: Tab reaches its Copy citation, the arrow keys its other controls.
for (const control of document.querySelectorAll<HTMLElement>('[role=toolbar] > :not([data-cite])'))
  control.tabIndex = -1;

const target = (event: Event, selector: string) =>
  (event.target as Element | null)?.closest<HTMLElement>(selector);
document.addEventListener('click', (event) => {
  const button = target(event, citeSelectors.button);
  if (button) void import('./cite').then(({ cite }) => cite(button));
  const pick = target(event, '[data-pick]');
  if (pick) void import('./picks').then(({ togglePick }) => togglePick(pick));
  const edit = target(event, '[data-suggest]');
  if (edit) void import('./suggest').then(({ suggest }) => suggest(edit));
});

// Where this browser keeps cases (src/client/case-store.ts), the toggles and the header show what the
// active one holds.
const casesKept = localStorage.getItem(casesKey(document.documentElement.dataset['base'] ?? '/')) !== null;
if (casesKept) void import('./picks').then(({ showPicks }) => showPicks());

// Ctrl+K (⌘K on a Mac) goes to search from anywhere; no single-key shortcut (WCAG 2.1.4).
document.addEventListener('keydown', (event) => {
  const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
  const bar = target(event, '[role=toolbar]');
  if (step && bar) {
    const controls = [...bar.querySelectorAll<HTMLElement>('a, button')];
    const at = controls.indexOf(document.activeElement as HTMLElement);
    controls.at((at + step) % controls.length)?.focus();
    event.preventDefault();
  }
  if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'k') return;
  const input = document.querySelector<HTMLInputElement>('[data-search] input');
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});

const startSearchIn = (box: HTMLElement) =>
  void import('./search').then(({ startSearch }) => startSearch(box));
for (const box of document.querySelectorAll<HTMLElement>('[data-search]')) {
  // The search page runs the query its address names at once.
  if (box.hasAttribute('data-search-from-url')) {
    startSearchIn(box);
    continue;
  }
  box.addEventListener('focusin', () => startSearchIn(box), { once: true });
}

const casePage = document.querySelector<HTMLElement>('[data-case-page]');
if (casePage) void import('./case-page').then(({ startCase }) => startCase(casePage));

// The worksheet starts at once where notes were saved (to restore them), else when the reader first
// reaches it; a button pressed or a file chosen before its code arrived is handed on once it has.
const worksheet = document.querySelector<HTMLElement>(worksheetSelectors.root);
if (worksheet) {
  let started: Promise<void> | undefined;
  let loaded = false;
  const start = () =>
    (started ??= import('./worksheet-page').then(({ startWorksheet }) => {
      startWorksheet(worksheet);
      loaded = true;
    }));
  // (Or where an earlier version kept this level's worksheet, which the store then takes in.)
  if (casesKept || localStorage.getItem(worksheet.getAttribute(worksheetStorageAttribute) ?? '') !== null)
    void start();
  for (const type of ['focusin', 'click', 'change'] as const) {
    worksheet.addEventListener(type, (event) => {
      const early = !loaded;
      void start().then(() => {
        const target = event.target;
        if (!early) return;
        if (type === 'change' && target instanceof HTMLInputElement && target.type === 'file') {
          target.dispatchEvent(new Event('change', { bubbles: true }));
        } else if (type === 'click' && target instanceof Element) target.closest('button')?.click();
      });
    });
  }
}

const calibrate = document.querySelector('[data-calibrate]');
if (calibrate) void import('./calibrate-page').then((module) => module.startCalibration(calibrate));
