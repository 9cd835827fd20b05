/**
 * What a level or section page says about itself to search engines and link previews: its own words.
 * A level page, its introduction; a section page, its items' words. At most 160 characters, cut at a
 * word with an ellipsis, as results show them.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { Level } from '../pipeline/model/model';
import { shorten } from '../client/shorten';

export const DESCRIPTION_LENGTH = 160;

/** Markdown as the plain words a reader reads. */
function plain(markdown: string): string {
  return toString(fromMarkdown(markdown), { includeHtml: false });
}

/** A level page: "Level 4 (strategic product partner): <its introduction>", else the given fallback. */
export function levelDescription(
  level: Pick<Level, 'introduction'>,
  named: string,
  fallback: string,
): string {
  const words = plain(level.introduction);
  return words.trim() === '' ? fallback : shorten(`${named}: ${words}`, DESCRIPTION_LENGTH);
}

/** A section page: "Key Behaviors at Level 4: <its items' words>", else the given fallback. */
export function sectionDescription(named: string, items: readonly string[], fallback: string): string {
  return items.length === 0 ? fallback : shorten(`${named}: ${items.join('; ')}`, DESCRIPTION_LENGTH);
}
