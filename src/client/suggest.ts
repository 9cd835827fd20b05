/**
 * An item's "Suggest an edit" button (SuggestButton.astro): opens a new issue in the repository the
 * page names (`<html data-repository>`), prefilled from the item's citation: its words, the version and
 * its canonical link (src/client/suggest-link.ts). Loaded on the first click.
 */
import { readCited } from './cite-attributes';
import { citeSelectors, versionAttribute } from './selectors';
import { suggestEditUrl } from './suggest-link';

/** The new-issue address for the item `button` belongs to; undefined without a repository or an item. */
export function suggestionFor(button: Element, root: Element, from: string): string | undefined {
  const host = button.closest(citeSelectors.host);
  const repository = root.getAttribute('data-repository') ?? '';
  if (!host) return undefined;
  const version = root.getAttribute(versionAttribute) ?? undefined;
  const cited = readCited(host, from, version);
  const words = cited.words.plain.replace(/\s+/g, ' ').trim();
  return suggestEditUrl(repository, {
    cited: cited.context ? `${words} (${cited.context})` : words,
    url: cited.url,
    version,
    words: [`${host.id}: ${words}`],
  });
}

/** Opens the suggestion in a new tab, or here where the browser refuses a new one. */
export function suggest(button: HTMLElement): void {
  const url = suggestionFor(button, document.documentElement, location.href);
  if (!url) return;
  if (!window.open(url, '_blank', 'noopener')) location.assign(url);
}
