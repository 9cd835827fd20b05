/**
 * What changed in each item since a release, as the build writes it for readers' browsers at
 * `/changes/since-<version>.json`: the then/now note at a cited item (src/client/then-now.ts) and the
 * worksheet's "words changed since your notes" marks read it. Ids are the content's (one may be
 * `constructor`), so every map is read with an own-key check, and the file, fetched from the site, is
 * checked before it is trusted.
 */

/** One word-level piece of a difference: 0 kept, -1 removed, 1 added. */
export type DiffToken = [op: -1 | 0 | 1, text: string];

export interface SinceEntry {
  reworded: boolean;
  moved: boolean;
  retired: boolean;
  /** The words as cited, and where they were ("Level 4 · Key Behaviors"). */
  then: { text: string; context: string };
  /** Today's words and where they are; `url` root-relative, without the base. Absent when retired. */
  now?: { text: string; context: string; url: string };
  /** The difference between the words, when they differ. */
  diff?: DiffToken[];
  /** For a retired item: where its old link leads now. */
  leadsTo?: { url: string; title: string };
  /** The change on the changelog: `/changes/#2026.2--4--id`, root-relative, without the base. */
  change: string;
}

export interface SinceFile {
  version: string;
  current: string | undefined;
  /** Each level id of the cited release → its id now. */
  levels: Record<string, string>;
  /** By the cited release's level id, then the cited item id; only items that changed. */
  items: Record<string, Record<string, SinceEntry>>;
}

/**
 * `/changes/since-2026.1.json`, root-relative, without the base: the pipeline's `sinceUrl`
 * (src/pipeline/urls/urls.ts), which code shipped to readers may not import; a unit test holds them equal.
 */
export function sinceUrl(version: string): string {
  return `/changes/since-${version}.json`;
}

type Loose = Record<string, unknown>;

const isRecord = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `record[key]` when the record has it as its own key (never what every object inherits). */
function own(record: unknown, key: string): unknown {
  return isRecord(record) && Object.hasOwn(record, key) ? record[key] : undefined;
}

const isText = (value: unknown): value is string => typeof value === 'string';

function isWhere(value: unknown, withUrl: boolean): boolean {
  return (
    isRecord(value) && isText(value['text']) && isText(value['context']) && (!withUrl || isText(value['url']))
  );
}

const isToken = (value: unknown): value is DiffToken =>
  Array.isArray(value) && value.length === 2 && [-1, 0, 1].includes(value[0] as number) && isText(value[1]);

/** An entry as the file holds it, or undefined when it is not one. */
export function readSinceEntry(value: unknown): SinceEntry | undefined {
  if (!isRecord(value)) return undefined;
  const { reworded, moved, retired, then, now, diff, leadsTo, change } = value;
  if (typeof reworded !== 'boolean' || typeof moved !== 'boolean' || typeof retired !== 'boolean')
    return undefined;
  if (!isWhere(then, false) || !isText(change)) return undefined;
  if (now !== undefined && !isWhere(now, true)) return undefined;
  if (diff !== undefined && !(Array.isArray(diff) && diff.every(isToken))) return undefined;
  if (leadsTo !== undefined && !(isRecord(leadsTo) && isText(leadsTo['url']) && isText(leadsTo['title'])))
    return undefined;
  return value as unknown as SinceEntry;
}

/**
 * The level ids of the cited release that are `level` now: those the file maps to it (a level renamed
 * since), and `level` itself unless the file says that id is another level's now.
 */
export function citedLevels(file: unknown, level: string): string[] {
  const levels = own(file, 'levels');
  const renamed = isRecord(levels)
    ? Object.keys(levels).filter((cited) => own(levels, cited) === level && cited !== level)
    : [];
  const same = own(levels, level);
  return same === undefined || same === level ? [level, ...renamed] : renamed;
}

/**
 * What changed since the file's release in the item cited as `id` on the page of `level` (today's
 * level id), or undefined when it did not change (or the file is not one).
 */
export function findSinceEntry(file: unknown, level: string, id: string): SinceEntry | undefined {
  const items = own(file, 'items');
  for (const cited of citedLevels(file, level)) {
    const entry = own(own(items, cited), id);
    if (entry !== undefined) return readSinceEntry(entry);
  }
  return undefined;
}

/** A since file fetched from `url`, unchecked; undefined when it cannot be had (the page says nothing then). */
export async function fetchSince(url: string): Promise<unknown> {
  try {
    const response = await fetch(url);
    return response.ok ? ((await response.json()) as unknown) : undefined;
  } catch {
    return undefined;
  }
}
