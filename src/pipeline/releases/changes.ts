/**
 * What changed between two releases, computed from their snapshots alone: items added, reworded,
 * moved, renamed, retired (and where their old links now lead), levels added, renamed, retitled and
 * retired. The changelog page, its feed and the since-a-release data all read these lists. Which item
 * became which is `matching.ts`'s.
 */
import { compareVersions, type ReleaseContent, type ReleaseItem } from '../../schemas/release';
import { changeAnchor, levelUrl, releaseAnchor } from '../urls/urls';
import {
  indexed,
  matchReleases,
  placeKey,
  stateOf,
  wordsDiffer,
  type ItemState,
  type LeadsTo,
  type Matching,
} from './matching';
import { sameContent } from './snapshot';
import { wordDiff, type DiffToken } from './word-diff';

/** One item's change from one release to the next. */
export interface ItemChange {
  /** `changeAnchor(version, level, id)` of `now` (of `then` when retired). */
  anchor: string;
  /** undefined: added. */
  then: ItemState | undefined;
  /** undefined: retired. */
  now: ItemState | undefined;
  /** The words (text or sub-points) differ beyond spacing: `wordDiff(then.words, now.words)`. */
  reworded: DiffToken[] | undefined;
  /** Its level (a renamed level aside), competency or kind differ. */
  moved: boolean;
  /** Its id differs: the new item lists the old id in `formerIds`. */
  renamed: boolean;
  /** Its values on the scales that differ, by the scale's title. */
  attributes: { scale: string; then: string | undefined; now: string | undefined }[];
  /** Retired: where its old canonical URL now leads; undefined otherwise, or when nothing takes it. */
  leadsTo: LeadsTo | undefined;
}

/** One level's change from one release to the next. */
export interface LevelChange {
  /** renamed: its id changed (the new level lists the old id in `formerIds`); retitled: its title changed. */
  change: 'added' | 'renamed' | 'retitled' | 'retired';
  then: { id: string; title: string } | undefined;
  now: { id: string; title: string } | undefined;
  /** The level's URL now; undefined when retired. */
  url: string | undefined;
}

/** What one release changed from the one before. */
export interface ReleaseChanges {
  /** undefined: changes not yet released. */
  version: string | undefined;
  /** YYYY-MM-DD; undefined when not released. */
  released: string | undefined;
  /** The version before; undefined for the first release. */
  previous: string | undefined;
  /** `releaseAnchor(version)`. */
  anchor: string;
  levels: LevelChange[];
  /** In the newer release's reading order; retired items where they were. Empty for the first release. */
  items: ItemChange[];
  /**
   * How many items were added, reworded, moved, retired, renamed, or changed on a scale, and how many
   * levels changed; an item counts once in each that applies. The first release counts every item and
   * level as added.
   */
  counts: {
    added: number;
    reworded: number;
    moved: number;
    retired: number;
    levels: number;
    renamed: number;
    attributes: number;
  };
  /** Of the newer release. */
  totals: { levels: number; items: number };
}

/** The change of one matched item, or undefined when nothing a reader sees changed. */
function itemChange(
  version: string | undefined,
  then: ItemState,
  now: ItemState,
  thenLevelNow: string | undefined,
): ItemChange | undefined {
  const reworded = wordsDiffer(then.words, now.words) ? wordDiff(then.words, now.words) : undefined;
  const moved = thenLevelNow !== now.level || then.competency !== now.competency || then.kind !== now.kind;
  const renamed = then.id !== now.id;
  const scales = [...new Set([...Object.keys(now.attributes), ...Object.keys(then.attributes)])];
  const attributes = scales
    .map((scale) => ({
      scale,
      then: Object.hasOwn(then.attributes, scale) ? then.attributes[scale] : undefined,
      now: Object.hasOwn(now.attributes, scale) ? now.attributes[scale] : undefined,
    }))
    .filter((value) => value.then !== value.now);
  if (!reworded && !moved && !renamed && attributes.length === 0) return undefined;
  return {
    anchor: changeAnchor(version, now.level, now.id),
    then,
    now,
    reworded,
    moved,
    renamed,
    attributes,
    leadsTo: undefined,
  };
}

/** The level changes, in the newer release's order, retired levels after the level that preceded them. */
function levelChanges(before: ReleaseContent, after: ReleaseContent, matching: Matching): LevelChange[] {
  const changes: { change: LevelChange; position: number }[] = [];
  const position = new Map(after.levels.map((level, index) => [level, index]));
  for (const [index, level] of after.levels.entries()) {
    const now = { id: level.id, title: level.title };
    const olds = before.levels.filter((old) => matching.levels.get(old.id) === level);
    if (olds.length === 0)
      changes.push({
        change: { change: 'added', then: undefined, now, url: levelUrl(level.id) },
        position: index,
      });
    for (const old of olds) {
      const then = { id: old.id, title: old.title };
      const change = old.id !== level.id ? 'renamed' : old.title !== level.title ? 'retitled' : undefined;
      if (change) changes.push({ change: { change, then, now, url: levelUrl(level.id) }, position: index });
    }
  }
  let previous = -1;
  for (const old of before.levels) {
    const next = matching.levels.get(old.id);
    if (next) previous = position.get(next) ?? previous;
    else {
      const then = { id: old.id, title: old.title };
      changes.push({
        change: { change: 'retired', then, now: undefined, url: undefined },
        position: previous + 0.5,
      });
    }
  }
  return changes.sort((a, b) => a.position - b.position).map(({ change }) => change);
}

/**
 * Retired items placed where they were: after the newer item that the nearest preceding item of
 * their level became (or before the one the nearest following item became), else at the start of
 * their level, else after everything.
 */
function retiredPosition(
  before: ReleaseContent,
  old: ReleaseItem,
  matching: Matching,
  order: Map<ReleaseItem, number>,
  afterItems: readonly ReleaseItem[],
): number {
  const level = matching.levels.get(old.level)?.id;
  const siblings = before.items.filter((item) => item.level === old.level);
  const at = siblings.indexOf(old);
  const placed = (item: ReleaseItem) => {
    const next = matching.successors.get(item);
    return next && next.level === level ? order.get(next) : undefined;
  };
  const preceding = siblings
    .slice(0, at)
    .reverse()
    .map(placed)
    .find((found) => found !== undefined);
  if (preceding !== undefined) return preceding + 0.5;
  const following = siblings
    .slice(at + 1)
    .map(placed)
    .find((found) => found !== undefined);
  if (following !== undefined) return following - 0.5;
  const first = afterItems.findIndex((item) => item.level === level);
  return first === -1 ? afterItems.length : first - 0.5;
}

/** The newer release's items in reading order: levels in its order, then sections, then items. */
function readingOrder(after: ReleaseContent): ReleaseItem[] {
  const levels = new Map(after.levels.map(({ id }, index) => [id, index]));
  const sections = new Map(after.sections.map((section, index) => [placeKey(section), index]));
  const items = new Map(after.items.map((item, index) => [item, index]));
  const key = (item: ReleaseItem) => [
    levels.get(item.level) ?? levels.size,
    sections.get(placeKey(item)) ?? sections.size,
    items.get(item) ?? 0,
  ];
  return [...after.items].sort((a, b) => {
    const [left, right] = [key(a), key(b)];
    return left.reduce((order, value, index) => order || value - (right[index] ?? 0), 0);
  });
}

/**
 * What `after` changed from `before`. `version` is the entry's version: `after.version` when not
 * given, undefined for changes not yet released. Without `before` (the first release) nothing is
 * listed one by one: its counts and totals say "first release: N levels, M items".
 */
export function changesBetween(
  before: ReleaseContent | undefined,
  after: ReleaseContent,
  ...given: [version?: string | undefined]
): ReleaseChanges {
  const version = given.length === 0 ? after.version : given[0];
  const totals = { levels: after.levels.length, items: after.items.length };
  const entry = {
    version,
    released: version === undefined ? undefined : after.released,
    previous: before?.version,
    anchor: releaseAnchor(version),
  };
  if (!before) {
    return {
      ...entry,
      levels: [],
      items: [],
      counts: {
        added: totals.items,
        reworded: 0,
        moved: 0,
        retired: 0,
        levels: totals.levels,
        renamed: 0,
        attributes: 0,
      },
      totals,
    };
  }
  const matching = matchReleases(before, after);
  const beforeIndex = indexed(before);
  const afterIndex = indexed(after);
  const afterItems = readingOrder(after);
  const order = new Map(afterItems.map((item, index) => [item, index]));
  const placed: { change: ItemChange; position: number; tie: number }[] = [];
  for (const [index, item] of afterItems.entries()) {
    const now = stateOf(afterIndex, item);
    const old = matching.predecessors.get(item);
    const change = old
      ? itemChange(version, stateOf(beforeIndex, old), now, matching.levels.get(old.level)?.id)
      : {
          anchor: changeAnchor(version, item.level, item.id),
          then: undefined,
          now,
          reworded: undefined,
          moved: false,
          renamed: false,
          attributes: [],
          leadsTo: undefined,
        };
    if (change) placed.push({ change, position: index, tie: -1 });
  }
  for (const [tie, old] of before.items.entries()) {
    if (!matching.retired.has(old)) continue;
    placed.push({
      change: {
        anchor: changeAnchor(version, old.level, old.id),
        then: stateOf(beforeIndex, old),
        now: undefined,
        reworded: undefined,
        moved: false,
        renamed: false,
        attributes: [],
        leadsTo: matching.retired.get(old),
      },
      position: retiredPosition(before, old, matching, order, afterItems),
      tie,
    });
  }
  const items = placed.sort((a, b) => a.position - b.position || a.tie - b.tie).map(({ change }) => change);
  const levels = levelChanges(before, after, matching);
  const count = (test: (change: ItemChange) => boolean) => items.filter(test).length;
  return {
    ...entry,
    levels,
    items,
    counts: {
      added: count((change) => !change.then),
      reworded: count((change) => change.reworded !== undefined),
      moved: count((change) => change.moved),
      retired: count((change) => !change.now),
      levels: levels.length,
      renamed: count((change) => change.renamed),
      attributes: count((change) => change.attributes.length > 0),
    },
    totals,
  };
}

/** Releases oldest first, by version. */
export function byVersion(releases: readonly ReleaseContent[]): ReleaseContent[] {
  return [...releases].sort((a, b) => compareVersions(a.version, b.version));
}

/**
 * Every release's changes, newest first; when `current` (the content now, as a snapshot) differs from
 * the newest release, its changes come first, unreleased (version undefined). No releases: none.
 */
export function changelog(
  releases: readonly ReleaseContent[],
  current: ReleaseContent | undefined,
): ReleaseChanges[] {
  const ordered = byVersion(releases);
  const entries = ordered.map((release, index) =>
    changesBetween(ordered[index - 1], release, release.version),
  );
  const newest = ordered.at(-1);
  if (newest && current && !sameContent(newest, current)) {
    entries.push(changesBetween(newest, current, undefined));
  }
  return entries.reverse();
}
