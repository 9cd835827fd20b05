/**
 * The note at an item cited from an older version, as a tree (src/client/dom-tree.ts): that the reader
 * followed a citation of that version, the words cited then, today's words (linked where they are
 * now, when that is elsewhere), the difference as `<del>`/`<ins>` that read without colour, where a
 * retired item's link leads, and the change on the changelog. Pure, so it is tested without a browser.
 */
import { joinBase } from './base-path';
import { h, type Tree } from './dom-tree';
import type { DiffToken, SinceEntry } from './since';
import { thenNowWords as words } from './words/then-now';

export interface NoteOf {
  /** The version the citation names. */
  version: string;
  /** The site's base path. */
  base: string;
  /** Where the reader is: the page's path (base included) and the cited id, `/levels/4/#id`. */
  here: string;
}

/** The id of the note's first line, which names it. */
export const thenNowTitleId = 'then-now-title';

function summary({ reworded, moved, retired }: SinceEntry): string {
  if (retired) return words.retired;
  if (reworded && moved) return words.rewordedAndMoved;
  return moved ? words.moved : words.reworded;
}

/** One piece of a difference: kept words as they are, removed and added ones named for screen readers. */
function token([op, text]: DiffToken): Tree {
  if (op === 0) return text;
  const [tag, said] = op < 0 ? (['del', words.removed] as const) : (['ins', words.added] as const);
  return h(tag, {}, h('span', { class: 'sr-only' }, `${said} `), text);
}

const where = (context: string): Tree[] =>
  context ? [' ', h('span', { class: 'then-now-where' }, `(${context})`)] : [];

export function thenNowNote(entry: SinceEntry, { version, base, here }: NoteOf): Tree {
  const rows: Tree[] = [
    h('dt', {}, words.then(version)),
    h('dd', {}, h('q', {}, entry.then.text), ...where(entry.then.context)),
  ];
  if (entry.now) {
    const url = joinBase(base, entry.now.url);
    const elsewhere = url !== here ? [' ', h('a', { href: url }, words.whereNow)] : [];
    rows.push(
      h('dt', {}, words.now),
      h('dd', {}, h('q', {}, entry.now.text), ...where(entry.now.context), ...elsewhere),
    );
  }
  if (entry.diff && entry.diff.length > 0) {
    rows.push(h('dt', {}, words.difference), h('dd', { class: 'then-now-diff' }, ...entry.diff.map(token)));
  }
  if (entry.retired && entry.leadsTo) {
    rows.push(
      h('dt', {}, words.leadsTo),
      h('dd', {}, h('a', { href: joinBase(base, entry.leadsTo.url) }, entry.leadsTo.title)),
    );
  }
  return h(
    'div',
    { class: 'then-now', role: 'note', 'aria-labelledby': thenNowTitleId },
    h(
      'p',
      { class: 'then-now-title', id: thenNowTitleId },
      h('strong', {}, words.followed(version)),
      ' ',
      summary(entry),
    ),
    h('dl', {}, ...rows),
    h('p', {}, h('a', { href: joinBase(base, entry.change) }, words.whatChanged)),
  );
}
