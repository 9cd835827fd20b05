/**
 * The handbook's history for pages: the changelog computed from its releases (once per model), the
 * release a page or an item last changed in, and dates as readers read them. Nothing here when the
 * content has no release.
 */
import type { Handbook, Item, Level } from '../pipeline/model/model';
import { changelog, type LevelChange, type ReleaseChanges } from '../pipeline/releases/changes';
import { ui } from '../client/ui-words';
import { compareVersions } from '../schemas/release';
import { snapshotOf } from '../pipeline/releases/snapshot';
import { changesUrl, itemUrl, levelUrl, releaseAnchor, withFragment } from '../pipeline/urls/urls';

const computed = new WeakMap<Handbook, ReleaseChanges[]>();

/** Every release, newest first, with what changed in it; changes not yet released first. [] without releases. */
export function changelogOf(handbook: Handbook): ReleaseChanges[] {
  let entries = computed.get(handbook);
  if (!entries) {
    entries =
      handbook.releases.length === 0
        ? []
        : changelog(handbook.releases, snapshotOf(handbook, handbook.version ?? '', ''));
    computed.set(handbook, entries);
  }
  return entries;
}

/** A day written YYYY-MM-DD as readers read it: "1 June 2026". */
export function readableDate(day: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

/** A release a page last changed in: its version, its day, and its place on `/changes/`. */
export interface Changed {
  version: string;
  released: string;
  url: string;
}

/** A release on the changelog: `/changes/#release-2026.2`. */
export function releaseUrl(version: string | undefined): string {
  return withFragment(changesUrl(), releaseAnchor(version));
}

/** The releases, not the changes not yet released. */
function released(handbook: Handbook): (ReleaseChanges & { version: string; released: string })[] {
  return changelogOf(handbook).filter(
    (entry): entry is ReleaseChanges & { version: string; released: string } =>
      entry.version !== undefined && entry.released !== undefined,
  );
}

/**
 * The latest release that changed something on `level`'s pages (only its section of `kind`, when
 * given): an item added, reworded, moved in or out, retired, or the level itself. The first release
 * made everything there was then.
 */
export function lastChanged(
  handbook: Handbook,
  level: Pick<Level, 'id' | 'formerIds'>,
  kind?: string,
): Changed | undefined {
  const ids = new Set([level.id, ...level.formerIds]);
  const onPage = (state: { level: string; kind: string } | undefined) =>
    state !== undefined && ids.has(state.level) && (kind === undefined || state.kind === kind);
  for (const entry of released(handbook)) {
    const touched =
      entry.previous === undefined ||
      entry.items.some((change) => onPage(change.then) || onPage(change.now)) ||
      (kind === undefined &&
        entry.levels.some((change) => ids.has(change.now?.id ?? '') || ids.has(change.then?.id ?? '')));
    if (touched) return { version: entry.version, released: entry.released, url: releaseUrl(entry.version) };
  }
  return undefined;
}

/** The later of two releases a page changed in (a compare page shows two levels). */
export function newer(a: Changed | undefined, b: Changed | undefined): Changed | undefined {
  if (!a || !b) return a ?? b;
  return compareVersions(a.version, b.version) >= 0 ? a : b;
}

/** The latest release, for pages about the whole handbook. */
export function latestRelease(handbook: Handbook): Changed | undefined {
  const [latest] = released(handbook);
  return latest && { version: latest.version, released: latest.released, url: releaseUrl(latest.version) };
}

const reworded = new WeakMap<Handbook, Map<string, { version: string; url: string }>>();

/** Where an item reworded in the latest release is said to be, on the changelog; undefined for any other. */
export function rewordedIn(
  handbook: Handbook,
  item: Pick<Item, 'level' | 'id'>,
): { version: string; url: string } | undefined {
  let marks = reworded.get(handbook);
  if (!marks) {
    marks = new Map();
    const [latest] = released(handbook);
    for (const change of latest?.previous === undefined ? [] : latest.items) {
      if (change.reworded && change.now)
        marks.set(`${change.now.level}#${change.now.id}`, {
          version: latest?.version ?? '',
          url: withFragment(changesUrl(), change.anchor),
        });
    }
    reworded.set(handbook, marks);
  }
  return marks.get(`${item.level}#${item.id}`);
}

/** What happened to a level in a release, in a sentence. */
export function levelChangeText(change: LevelChange): string {
  const words = ui.changes;
  const then = change.then?.title ?? '';
  const now = change.now?.title ?? '';
  if (change.change === 'added') return words.levelAdded(now);
  if (change.change === 'renamed') return words.levelRenamed(then, now);
  if (change.change === 'retitled') return words.levelRetitled(then, now);
  return words.levelRetired(then);
}

const addresses = new WeakMap<Handbook, Map<string, string>>();

/**
 * Where a URL of an older release (an item's, a section's, a level's) is now: its canonical URL in
 * today's handbook, following level and item `formerIds`, so the changelog links without a redirect.
 * A URL today's handbook does not know is kept: the permalink guard keeps it resolving anyway.
 */
export function currentUrl(handbook: Handbook, url: string): string {
  let known = addresses.get(handbook);
  if (!known) {
    known = new Map();
    for (const level of handbook.levels) {
      const levelIds = [level.id, ...level.formerIds];
      for (const alias of levelIds) known.set(levelUrl(alias), level.url);
      for (const section of level.sections) {
        for (const alias of levelIds)
          for (const anchor of [section.anchor, ...section.formerIds])
            if (!known.has(withFragment(levelUrl(alias), anchor)))
              known.set(withFragment(levelUrl(alias), anchor), section.url);
        for (const item of section.items)
          for (const alias of levelIds)
            for (const id of [item.id, ...item.formerIds]) known.set(itemUrl(alias, id), item.url);
      }
    }
    addresses.set(handbook, known);
  }
  return known.get(url) ?? url;
}
