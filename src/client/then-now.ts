/**
 * Then and now: what changed since an older version, read from the site's since files
 * (src/client/since.ts).
 *
 * - At a cited item: a reader who opens `/levels/4/?v=2026.1#id` on a page of another version sees,
 *   at the item, what the citation quoted, today's words and the difference, and can open the change.
 *   Loaded by src/client/enhance.ts only for such an address. Nothing shows when the item did not
 *   change, when the page is not one level's, or when the data cannot be fetched: the page reads as
 *   today's, as it does without JavaScript.
 * - Beside worksheet notes written against an older version (src/client/worksheet-page.ts, which
 *   imports this module, so both share one chunk and the on-load script names one file less).
 */
import { build } from './dom-tree';
import { readPage } from './page-attributes';
import { fetchSince, findSinceEntry, sinceUrl, type SinceEntry } from './since';
import { joinBase } from './base-path';
import { thenNowNote } from './then-now-note';

/** A note as written: under which id, against which version. */
export interface WrittenNote {
  /** The row it is on now. */
  key: string;
  /** The id it was written under (the row's, unless carried from a former id). */
  id: string;
  version: string;
}

/**
 * What changed since each note was written, by the note's row, where its item changed; one fetch per
 * version, none when the data cannot be had.
 */
export async function changedSince(
  notes: readonly WrittenNote[],
  { level, base }: { level: string; base: string },
): Promise<Map<string, SinceEntry>> {
  const files = new Map<string, Promise<unknown>>();
  const fileOf = (version: string) => {
    let file = files.get(version);
    if (!file) files.set(version, (file = fetchSince(joinBase(base, sinceUrl(version)))));
    return file;
  };
  const changes = new Map<string, SinceEntry>();
  await Promise.all(
    notes.map(async ({ key, id, version }) => {
      const change = findSinceEntry(await fileOf(version), level, id);
      if (change) changes.set(key, change);
    }),
  );
  return changes;
}

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

/** Shows what changed in the cited item since the version the address names (`?v=`), if it did. */
export async function showThenNow(): Promise<void> {
  const version = new URLSearchParams(location.search).get('v');
  const page = readPage(document.documentElement);
  const { level, base } = page;
  const id = fragmentId(location.hash);
  if (!version || page.version === undefined || version === page.version) return;
  if (level === undefined || id === undefined) return;
  const entry = findSinceEntry(await fetchSince(joinBase(base, sinceUrl(version))), level, id);
  if (!entry) return;
  const note = thenNowNote(entry, { version, base, here: `${location.pathname}#${id}` });
  place(build(note, document), document.getElementById(id));
}
