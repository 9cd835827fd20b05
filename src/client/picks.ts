/**
 * Picking items while reading: each item's "Add to case" toggle (PickButton.astro; search results
 * draw their own) puts it in the reader's active case, or takes it out, and the header's "My case"
 * shows how many items the case holds. Loaded on a reader's first toggle, and on load where cases
 * are kept, to show which items are picked.
 */
import { activeCase, changeActive, readStore, today, writeStore } from './case-store';
import { isPicked, pickedCount, withPick } from './case';
import { readPage } from './page-attributes';
import { citeSelectors } from './selectors';
import { caseWords } from './words/case';

/** The selector of a pick toggle, and the attributes a toggle away from its item carries. */
export const pickSelector = '[data-pick]';

/** The level and key a toggle picks: its own attributes, else its item's id on this level's page. */
function targetOf(button: HTMLElement): { level: string; key: string } | undefined {
  const level = button.dataset['pickLevel'] ?? readPage(document.documentElement).level;
  const key = button.dataset['pickKey'] ?? button.closest(citeSelectors.host)?.id;
  return level && key ? { level, key } : undefined;
}

/** Shows, on every toggle and in the header, what the active case holds. */
export function showPicks(root: ParentNode = document): void {
  const { base } = readPage(document.documentElement);
  const c = activeCase(readStore(localStorage, base, today()).store);
  for (const button of root.querySelectorAll<HTMLElement>(pickSelector)) {
    const target = targetOf(button);
    button.setAttribute(
      'aria-pressed',
      String(Boolean(c && target && isPicked(c, target.level, target.key))),
    );
  }
  const count = c ? pickedCount(c) : 0;
  for (const badge of document.querySelectorAll<HTMLElement>('[data-case-count]')) {
    badge.textContent = String(count);
    badge.hidden = count === 0;
    badge.closest('a')?.setAttribute('aria-label', caseWords.headerLink(count));
  }
}

/** Adds the toggle's item to the active case, or takes it out; says so to screen readers. */
export function togglePick(button: HTMLElement): void {
  const target = targetOf(button);
  if (!target) return;
  const { base, version } = readPage(document.documentElement);
  const read = readStore(localStorage, base, today());
  const current = activeCase(read.store);
  const wasPicked = current ? isPicked(current, target.level, target.key) : false;
  const store = changeActive(
    read.store,
    today(),
    (c) => withPick(c, target.level, target.key, !wasPicked),
    version,
  );
  writeStore(localStorage, base, store);
  showPicks();
  const c = activeCase(store);
  const status = document.querySelector(citeSelectors.status);
  if (c && status) {
    const said = wasPicked ? caseWords.announceRemoved : caseWords.announceAdded;
    status.textContent = said(c.name, pickedCount(c));
  }
}
