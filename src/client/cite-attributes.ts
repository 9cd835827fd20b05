/**
 * The agreement between the pages that carry citations and the scripts that copy or export them, in
 * one place. Pages write it (`citeAttributes` on the cited element, `citeWordsAttributes` on the
 * element holding its words); Copy citation (src/client/cite.ts) and the worksheet's export
 * (src/client/worksheet-page.ts) read it back with `readCited`.
 *
 *   <li data-cite-url="/levels/4/#id" data-cite-context="Level 4 · Key Behaviors">
 *     <span data-cite-words>Anticipates product needs…</span> … <button data-cite>
 */
import { escapeHtml, type Cited } from './citation';
import { citeSelectors } from './selectors';

/** Where a citation points and says it is from; `text` names it when no element inside holds its words. */
export interface CiteTarget {
  /** The canonical URL: absolute when the site's address is configured, else a path. */
  url: string;
  /** "Level 4 · Key Behaviors"; none for a level, which names itself. */
  context?: string | undefined;
  /** The cited words as plain text, for an element whose words are not one element's content. */
  text?: string | undefined;
}

export { citeSelectors };

/** The attributes of the element a citation cites. */
export function citeAttributes({ url, context, text }: CiteTarget): Record<string, string> {
  return {
    'data-cite-url': url,
    ...(context === undefined ? {} : { 'data-cite-context': context }),
    ...(text === undefined ? {} : { 'data-cite-text': text }),
  };
}

/**
 * The attribute of the element whose content is the cited words. A new object each time: Astro adds a
 * component's scoped class to an object spread on an element, so a shared one would collect them.
 */
export function citeWordsAttributes(): Record<string, string> {
  return { 'data-cite-words': '' };
}

/** The attribute of each element whose content is one of a cited item's sub-points. */
export function citeSubpointAttributes(): Record<string, string> {
  return { 'data-cite-subpoint': '' };
}

interface CiteContent {
  textContent: string | null;
  innerHTML: string;
}

/** What `readCited` needs of an element: the DOM's, or an HTML parser's. */
export interface CiteElement {
  getAttribute(name: string): string | null | undefined;
  querySelector(selector: string): CiteContent | null;
  querySelectorAll(selector: string): ArrayLike<CiteContent> & Iterable<CiteContent>;
}

/**
 * The citation an element's attributes describe, its URL made absolute against `base` (the page's
 * address), cited from `version` (the page's: src/client/page-attributes.ts).
 */
export function readCited(host: CiteElement, base: string, version?: string): Cited {
  const words = host.querySelector(citeSelectors.words);
  const text = host.getAttribute('data-cite-text') ?? '';
  const subpoints = [...host.querySelectorAll(citeSelectors.subpoint)].map((point) => ({
    plain: point.textContent ?? '',
    html: point.innerHTML,
  }));
  return {
    words: words
      ? { plain: words.textContent ?? '', html: words.innerHTML }
      : { plain: text, html: escapeHtml(text) },
    ...(subpoints.length > 0 ? { subpoints } : {}),
    url: new URL(host.getAttribute('data-cite-url') ?? '', base).href,
    context: host.getAttribute('data-cite-context') ?? '',
    ...(version === undefined ? {} : { version }),
  };
}
