/**
 * Copy citation. A click on a `[data-cite]` button cites the nearest element that carries a citation
 * (src/client/cite-attributes.ts): its words, its canonical URL made absolute, and where it is from.
 * The citation goes on the clipboard as rich text and as plain text that reads well where nothing is
 * rendered (clipboard-polyfill, loaded on the first click, also copies where the async Clipboard API
 * is missing), naming the page's version; the button says "Copied" and screen readers hear it. Where
 * the browser refuses, a dialog shows the plain text, selected, to copy by hand.
 *
 * Loaded on the first click (src/client/enhance.ts), so pages carry none of this until it is used.
 */
import { citationHtml, citationText, type Cited } from './citation';
import { citeSelectors, readCited } from './cite-attributes';
import { copyRich, showToCopy } from './copy';
import { versionAttribute } from './selectors';
import { citeWords } from './words/cite';

const COPIED_FOR_MS = 2000;

/** The citation of the element `button` belongs to. */
function citationFor(button: Element): Cited | undefined {
  const host = button.closest(citeSelectors.host);
  return host
    ? readCited(host, location.href, document.documentElement.getAttribute(versionAttribute) ?? undefined)
    : undefined;
}

/** Copies the citation of the element `button` belongs to, and says so; shows it where the clipboard is refused. */
export async function cite(button: HTMLElement): Promise<void> {
  const cited = citationFor(button);
  if (!cited) return;
  const status = document.querySelector(citeSelectors.status);
  if (!(await copyRich(citationHtml(cited), citationText(cited)))) {
    showToCopy(citationText(cited));
    return;
  }
  button.dataset['copied'] = '';
  // Emptied first, so copying the same citation twice is announced twice.
  if (status) status.textContent = '';
  setTimeout(() => {
    if (status) status.textContent = citeWords.citationCopied(cited.words.plain.replace(/\s+/g, ' ').trim());
  }, 50);
  setTimeout(() => delete button.dataset['copied'], COPIED_FOR_MS);
}
