/**
 * A citation of an item, a section or a level, in the forms people paste: plain text (`text/plain`,
 * for fields that render nothing), HTML for rich editors (`text/html`: Google Docs, Word, Notion,
 * Confluence), and Markdown (the worksheet's export). Each gives the cited words, where they are from
 * and their canonical URL; an item's sub-points follow as a numbered list, one per line:
 *
 *   “Anticipates product needs…” (Level 4 · Key Behaviors · version 2026.3) https://…/levels/4/?v=2026.3#anticipates-product-needs
 *   1. First sub-point
 *   2. Second sub-point
 *
 * Where the framework names a version, the citation names it and its link carries it (`?v=`), so a
 * reader who follows it later can be shown what the words were then (src/client/then-now.ts).
 */
import { citeWords } from './words/cite';

export interface CitedWords {
  plain: string;
  html: string;
}

export interface Cited {
  /** The cited words as plain text (for Markdown) and as HTML (for rich text, emphasis kept). */
  words: CitedWords;
  /** An item's sub-points, in order, in the same two forms; none for most items. */
  subpoints?: readonly CitedWords[] | undefined;
  /** The canonical URL, absolute. */
  url: string;
  /** Where the words are from: "Level 4 · Key Behaviors". Empty for a level, which names itself. */
  context: string;
  /** The framework's version the words are cited from; undefined when the framework names none. */
  version?: string | undefined;
}

/**
 * `url` with the cited version in its query, before any fragment, other query parameters kept:
 * `https://h.example/levels/4/?v=2026.3#id`. Unchanged when there is no version.
 */
export function versionedUrl(url: string, version: string | undefined): string {
  if (version === undefined) return url;
  const hashAt = url.indexOf('#');
  const head = hashAt < 0 ? url : url.slice(0, hashAt);
  const hash = hashAt < 0 ? '' : url.slice(hashAt);
  const queryAt = head.indexOf('?');
  const path = queryAt < 0 ? head : head.slice(0, queryAt);
  const kept = queryAt < 0 ? [] : head.slice(queryAt + 1).split('&');
  const others = kept.filter((part) => part !== '' && part !== 'v' && !part.startsWith('v='));
  return `${path}?${[...others, `v=${encodeURIComponent(version)}`].join('&')}${hash}`;
}

/** Where the words are from, with their version: "Level 4 · Key Behaviors · version 2026.3". */
function contextOf({ context, version }: Pick<Cited, 'context' | 'version'>): string {
  return [context, ...(version === undefined ? [] : [citeWords.version(version)])]
    .filter((part) => part !== '')
    .join(' · ');
}

/** Characters that would change the meaning of Markdown text: emphasis, links, HTML, code, escapes. */
const markdownSpecial = /[\\`*_[\]<>&]/g;

/** Text as Markdown shows it, literally. */
export function escapeMarkdown(text: string): string {
  return text.replace(markdownSpecial, (character) => `\\${character}`);
}

/** A URL safe inside Markdown's `(…)`: spaces and parentheses percent-encoded. */
export function escapeMarkdownUrl(url: string): string {
  return url.replace(/[ ()<>]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

const htmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe as HTML text or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => htmlEntities[character] ?? character);
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** `[words](url) (context)`, then `1. sub-point` lines. */
export function citationMarkdown({ words, subpoints = [], url, context, version }: Cited): string {
  const link = `[${escapeMarkdown(squash(words.plain))}](${escapeMarkdownUrl(versionedUrl(url, version))})`;
  const where = contextOf({ context, version });
  const cited = where ? `${link} (${escapeMarkdown(where)})` : link;
  const points = subpoints.map((point, index) => `${index + 1}. ${escapeMarkdown(squash(point.plain))}`);
  return [cited, ...points].join('\n');
}

/**
 * The citation as plain text, readable where no Markdown is rendered (an email, an HR tool's plain
 * field): the words in quotes, where they are from, the link; then `1. sub-point` lines.
 *
 *   “Anticipates product needs…” (Level 4 · Key Behaviors · version 2026.3) https://…/levels/4/?v=2026.3#id
 */
export function citationText({ words, subpoints = [], url, context, version }: Cited): string {
  const where = contextOf({ context, version });
  const cited = [`“${squash(words.plain)}”`, ...(where ? [`(${where})`] : []), versionedUrl(url, version)];
  const points = subpoints.map((point, index) => `${index + 1}. ${squash(point.plain)}`);
  return [cited.join(' '), ...points].join('\n');
}

/** `<a href="url">words</a> (context)`, then `<ol>` of sub-points; the HTML is the page's own markup. */
export function citationHtml({ words, subpoints = [], url, context, version }: Cited): string {
  const link = `<a href="${escapeHtml(versionedUrl(url, version))}">${squash(words.html)}</a>`;
  const where = contextOf({ context, version });
  const cited = where ? `${link} (${escapeHtml(where)})` : link;
  if (subpoints.length === 0) return cited;
  return `${cited}<ol>${subpoints.map((point) => `<li>${squash(point.html)}</li>`).join('')}</ol>`;
}
