/**
 * Then and now at a cited item. A reader who opens `/levels/4/?v=2026.1#id` on a page of another
 * version sees, at the item, what the citation quoted, today's words and the difference, and can open
 * the change. Loaded by src/client/enhance.ts only for such an address. Nothing shows when the item
 * did not change, when the page is not one level's, or when the data cannot be fetched: the page reads
 * as today's, as it does without JavaScript.
 */
import { build } from './dom-tree';
import { readPage } from './page-attributes';
import { fetchSince, findSinceEntry, sinceUrl } from './since';
import { joinBase } from './base-path';
import { thenNowNote } from './then-now-note';

/** The fragment as the id it names; undefined when it is empty or not well encoded. */
function fragmentId(hash: string): string | undefined {
  try {
    return decodeURIComponent(hash.replace(/^#/, '')) || undefined;
  } catch {
    return undefined;
  }
}

/** Where a note goes: inside the element the fragment names when it can hold one, else after it; else the top of `main`. */
function place(note: Node, target: HTMLElement | null): void {
  if (target?.matches('li, section, article, div, td, dd')) target.append(note);
  else if (target) target.after(note);
  else document.querySelector('main')?.prepend(note);
}

/** Shows what changed in the cited item since `version`, if it did. */
export async function showThenNow(version: string): Promise<void> {
  const { level, base } = readPage(document.documentElement);
  const id = fragmentId(location.hash);
  if (level === undefined || id === undefined) return;
  const entry = findSinceEntry(await fetchSince(joinBase(base, sinceUrl(version))), level, id);
  if (!entry) return;
  const note = thenNowNote(entry, { version, base, here: `${location.pathname}#${id}` });
  place(build(note, document), document.getElementById(id));
}
