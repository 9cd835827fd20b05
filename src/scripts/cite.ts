/**
 * Copy citation. A click on a `[data-cite]` button cites the nearest `[data-cite-url]` element: its
 * words (`[data-cite-words]` inside it, or its `data-cite-text`), its canonical URL made absolute, and
 * its `data-cite-context`. The citation goes on the clipboard as HTML and as Markdown
 * (clipboard-polyfill, loaded on the first click, also copies where the async Clipboard API is
 * missing); the button says "Copied" and screen readers hear it. Where the browser refuses, a dialog
 * shows the Markdown, selected, to copy by hand.
 *
 * With this script, the cite button is the keyboard's one stop per item: the anchor link beside it
 * leaves the tab order (the citation carries the same link) but stays for pointers and screen readers.
 */
import { citationHtml, citationMarkdown, escapeHtml, type Cited } from '../lib/citation';
import { ui } from '../lib/ui-words';

const COPIED_FOR_MS = 2000;

/** The citation of the element `button` belongs to. */
function citationFor(button: Element): Cited | undefined {
  const host = button.closest<HTMLElement>('[data-cite-url]');
  if (!host) return undefined;
  const words = host.querySelector('[data-cite-words]');
  const text = host.dataset['citeText'];
  return {
    words: words
      ? { plain: words.textContent, html: words.innerHTML }
      : { plain: text ?? '', html: escapeHtml(text ?? '') },
    url: new URL(host.dataset['citeUrl'] ?? '', location.href).href,
    context: host.dataset['citeContext'] ?? '',
  };
}

async function copy(cited: Cited): Promise<void> {
  const clipboard = await import('clipboard-polyfill');
  const item = new clipboard.ClipboardItem({
    'text/html': new Blob([citationHtml(cited)], { type: 'text/html' }),
    'text/plain': new Blob([citationMarkdown(cited)], { type: 'text/plain' }),
  });
  await clipboard.write([item]);
}

export function startCitations(root: Document): void {
  const status = root.querySelector('[data-cite-status]');
  const dialog = root.querySelector<HTMLDialogElement>('[data-cite-fallback]');
  const fallbackText = dialog?.querySelector('textarea');
  for (const link of root.querySelectorAll<HTMLElement>('[data-cite-url] .anchor-link')) link.tabIndex = -1;

  root.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLElement>('[data-cite]');
    const cited = button && citationFor(button);
    if (!button || !cited) return;
    copy(cited).then(
      () => {
        button.dataset['copied'] = '';
        // Emptied first, so copying the same citation twice is announced twice.
        if (status) status.textContent = '';
        setTimeout(() => {
          if (status) status.textContent = ui.citationCopied(cited.words.plain.replace(/\s+/g, ' ').trim());
        }, 50);
        setTimeout(() => delete button.dataset['copied'], COPIED_FOR_MS);
      },
      () => {
        if (!dialog || !fallbackText) return;
        fallbackText.value = citationMarkdown(cited);
        dialog.showModal();
        fallbackText.focus();
        fallbackText.select();
      },
    );
  });
}
