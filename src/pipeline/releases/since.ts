/**
 * What changed in each item since a release, for a reader who follows a citation of it (the words as
 * cited, today's, and the difference) and for worksheet notes written against it. Each item is
 * followed through every release after the cited one, then the content as it is now, so an id renamed
 * in one release and reworded in the next is still followed.
 */
import { compareVersions, type ReleaseContent, type ReleaseItem } from '../../schemas/release';
import { changeAnchor, changesUrl, itemUrl, withFragment } from '../urls/urls';
import { byVersion } from './changes';
import {
  itemStates,
  itemWords,
  leadsToIn,
  matchReleases,
  wordsDiffer,
  type LeadsTo,
  type Matching,
} from './matching';
import { sameContent } from './snapshot';
import { wordDiff, type DiffToken } from './word-diff';

/** One cited item whose words or place changed since, or that was retired. */
export interface SinceEntry {
  reworded: boolean;
  moved: boolean;
  retired: boolean;
  /** The words as cited (`ItemState.words`) and where they were. */
  then: { text: string; context: string };
  /** Today's words, where and at which URL; absent when retired. */
  now?: { text: string; context: string; url: string };
  /** Present when the words differ. */
  diff?: DiffToken[];
  /** Retired: where its old URL now leads. */
  leadsTo?: LeadsTo;
  /** `changesUrl()#` the anchor of its change in the first release after the cited one that changed it. */
  change: string;
}

/** What changed since one release: `/changes/since-<version>.json`. */
export interface SinceFile {
  /** The cited release. */
  version: string;
  /** The version the site is at now. */
  current: string | undefined;
  /** Each level id of the cited release → its id now (renames followed); retired levels are absent. */
  levels: Record<string, string>;
  /** By the cited release's level id, then the cited item id: only items changed in words or place, or retired. */
  items: Record<string, Record<string, SinceEntry>>;
}

/** One release after the cited one (version undefined: the content not yet released), matched with the one before. */
interface Step {
  version: string | undefined;
  matching: Matching;
}

/** Where one cited item is at the end: its item now, or the step that retired it. */
interface Followed {
  item: ReleaseItem | undefined;
  /** The anchor of the first step that reworded, moved or retired it. */
  anchor: string | undefined;
  /** The item as it was last: today's, or as the step that retired it found it. */
  last: ReleaseItem;
  /** The step that retired it (`steps.length` when it lives on). */
  retiredAt: number;
}

/** Follows `item` of the release before `steps[from]` through the steps. */
function follow(item: ReleaseItem, steps: readonly Step[], from = 0): Followed {
  let current = item;
  let anchor: string | undefined;
  for (const [index, step] of steps.entries()) {
    if (index < from) continue;
    const next = step.matching.successors.get(current);
    if (!next) {
      anchor ??= changeAnchor(step.version, current.level, current.id);
      return { item: undefined, anchor, last: current, retiredAt: index };
    }
    const moved =
      step.matching.levels.get(current.level)?.id !== next.level ||
      current.competency !== next.competency ||
      current.kind !== next.kind;
    const reworded = wordsDiffer(itemWords(current), itemWords(next));
    if (moved || reworded) anchor ??= changeAnchor(step.version, next.level, next.id);
    current = next;
  }
  return { item: current, anchor, last: current, retiredAt: steps.length };
}

/**
 * What changed since `cited`, through the releases after it (`later`, any order; older ones are
 * ignored) and `current`, the content now (when it differs from the newest release, as unreleased
 * changes). Keys are content ids, so the objects are built from entries: `constructor` or `__proto__`
 * is an id like any other.
 */
export function sinceRelease(
  cited: ReleaseContent,
  later: readonly ReleaseContent[],
  current: ReleaseContent | undefined,
  currentVersion: string | undefined,
): SinceFile {
  const releases: { release: ReleaseContent; version: string | undefined }[] = [
    { release: cited, version: cited.version },
    ...byVersion(later)
      .filter((release) => compareVersions(release.version, cited.version) > 0)
      .map((release) => ({ release, version: release.version })),
  ];
  const newest = releases.at(-1)?.release ?? cited;
  if (current && !sameContent(newest, current)) releases.push({ release: current, version: undefined });
  const steps: Step[] = releases.slice(1).map(({ release, version }, index) => ({
    version,
    matching: matchReleases(releases[index]?.release ?? cited, release),
  }));
  const final = releases.at(-1)?.release ?? cited;
  const thenState = itemStates(cited);
  const nowState = itemStates(final);

  const levels = new Map<string, string>();
  for (const level of cited.levels) {
    let id: string | undefined = level.id;
    for (const step of steps) id = id === undefined ? undefined : step.matching.levels.get(id)?.id;
    if (id !== undefined) levels.set(level.id, id);
  }

  const items = new Map<string, Map<string, SinceEntry>>();
  for (const item of cited.items) {
    const followed = follow(item, steps);
    const then = thenState(item);
    const now = followed.item && nowState(followed.item);
    const reworded = now !== undefined && wordsDiffer(then.words, now.words);
    const moved =
      now !== undefined &&
      (levels.get(then.level) !== now.level || then.competency !== now.competency || then.kind !== now.kind);
    if (now && !reworded && !moved) continue;
    const entry: SinceEntry = {
      reworded,
      moved,
      retired: now === undefined,
      then: { text: then.words, context: then.context },
      change: withFragment(changesUrl(), followed.anchor ?? ''),
    };
    if (now) entry.now = { text: now.words, context: now.context, url: now.url };
    if (reworded) entry.diff = wordDiff(then.words, now.words);
    if (!now) {
      const leadsTo = leadsToNow(followed, steps, final);
      if (leadsTo) entry.leadsTo = leadsTo;
    }
    const level = items.get(item.level) ?? new Map<string, SinceEntry>();
    level.set(item.id, entry);
    items.set(item.level, level);
  }
  return {
    version: cited.version,
    current: currentVersion,
    levels: Object.fromEntries(levels),
    items: Object.fromEntries([...items].map(([level, entries]) => [level, Object.fromEntries(entries)])),
  };
}

/**
 * Where a retired item's old URL leads now: the item it was merged into, followed to today when it
 * lives on; else whatever lists its id in its level today; else where it led when it was retired.
 */
function leadsToNow(followed: Followed, steps: readonly Step[], final: ReleaseContent): LeadsTo | undefined {
  const step = steps[followed.retiredAt];
  const merged = step?.matching.mergedInto.get(followed.last);
  const onward = merged && follow(merged, steps, followed.retiredAt + 1).item;
  if (onward) return { url: itemUrl(onward.level, onward.id), title: onward.text.plain };
  let level: string | undefined = followed.last.level;
  for (const later of steps.slice(followed.retiredAt)) {
    level = level === undefined ? undefined : later.matching.levels.get(level)?.id;
  }
  return leadsToIn(final, level, followed.last.id) ?? step?.matching.retired.get(followed.last);
}
