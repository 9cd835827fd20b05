/**
 * Putting text on the clipboard as rich text and plain text at once (clipboard-polyfill, loaded on
 * first use, also copies where the async Clipboard API is missing); where the browser refuses, the
 * page's dialog shows the plain text, selected, to copy by hand (CiteSupport.astro).
 */
import { citeSelectors } from './selectors';

/** Copies both forms; false when the browser refused. */
export async function copyRich(html: string, text: string): Promise<boolean> {
  try {
    const clipboard = await import('clipboard-polyfill');
    const item = new clipboard.ClipboardItem({
      'text/html': new Blob([html], { type: 'text/html' }),
      'text/plain': new Blob([text], { type: 'text/plain' }),
    });
    await clipboard.write([item]);
    return true;
  } catch {
    return false;
  }
}

/** Copies plain text only; false when the browser refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    const clipboard = await import('clipboard-polyfill');
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Shows `text` in the page's dialog, selected, for the reader to copy by hand. */
export function showToCopy(text: string): void {
  const dialog = document.querySelector<HTMLDialogElement>(citeSelectors.fallback);
  const area = dialog?.querySelector('textarea');
  if (!dialog || !area) return;
  area.value = text;
  dialog.showModal();
  area.focus();
  area.select();
}
