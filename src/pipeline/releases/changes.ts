/**
 * What changed between two releases, computed from their snapshots alone: items added, reworded,
 * moved, renamed, retired (and where their old links now lead), levels added, renamed, retitled and
 * retired. The changelog page, its feed and the since-a-release data all read these lists.
 *
 * Ids are unique only within a level, so items are matched level by level: a level maps to the level
 * of the newer release with its id or listing it in `formerIds`; an item to the item of its mapped
 * level with its id, else one listing its id in `formerIds`, else one of another level with its id
 * (or listing it) that nothing else matched: a move between levels.
 */
import {
  compareVersions,
  type ReleaseContent,
  type ReleaseItem,
  type ReleaseLevel,
  type ReleaseSection,
  type Wording,
} from '../../schemas/release';
import { changeAnchor, itemUrl, levelUrl, releaseAnchor, withFragment } from '../urls/urls';
import { sameContent } from './snapshot';
import { wordDiff, type DiffToken } from './word-diff';

/** An item as one release records it, with where it is and the words a reader compares. */
export interface ItemState {
  id: string;
  level: string;
  levelTitle: string;
  competency: string;
  kind: string;
  /** The section's title in that release. */
  section: string;
  /** "Level 4 · Key Behaviors"; with several competencies in the release, "Level 4 · Product knowledge · Key Behaviors". */
  context: string;
  /** Canonical, root-relative, without the base path: `itemUrl(level, id)`. */
  url: string;
  /** Its plain text, then each sub-point on its own line as "1. …". */
  words: string;
  text: Wording;
  attributes: Record<string, string>;
}

/** Where a retired item's old URL now leads. */
export interface LeadsTo {
  url: string;
  /** The item's plain text, or the section's context ("Level 4 · Key Behaviors"). */
  title: string;
}

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

/** A release indexed for looking up its items' places. */
interface Indexed {
  release: ReleaseContent;
  levels: Map<string, ReleaseLevel>;
  sections: Map<string, ReleaseSection>;
  competencies: Map<string, string>;
  scales: Map<string, string>;
  several: boolean;
}

/** The key of a section: its level, competency and kind. */
function placeKey(place: { level: string; competency: string; kind: string }): string {
  return JSON.stringify([place.level, place.competency, place.kind]);
}

function indexed(release: ReleaseContent): Indexed {
  return {
    release,
    levels: new Map(release.levels.map((level) => [level.id, level])),
    sections: new Map(release.sections.map((section) => [placeKey(section), section])),
    competencies: new Map(release.competencies.map(({ id, title }) => [id, title])),
    scales: new Map(release.scales.map(({ id, title }) => [id, title])),
    several: release.competencies.length > 1,
  };
}

/** Where a section is, for a reader: "Level 4 · Key Behaviors" (with the competency when there are several). */
function sectionContext(index: Indexed, place: { level: string; competency: string }, title: string): string {
  const level = index.levels.get(place.level)?.title ?? place.level;
  const competency = index.competencies.get(place.competency) ?? place.competency;
  return (index.several ? [level, competency, title] : [level, title]).join(' · ');
}

/** Its anchor on the level page: the kind, or `<competency>--<kind>` when there are several competencies. */
function sectionAnchor(index: Indexed, section: ReleaseSection): string {
  return index.several ? `${section.competency}--${section.kind}` : section.kind;
}

/** An item's words as a reader compares them: its text, then each sub-point as "1. …" on its own line. */
export function itemWords(item: ReleaseItem): string {
  return [item.text.plain, ...item.subpoints.map((point, index) => `${index + 1}. ${point.plain}`)].join(
    '\n',
  );
}

/** A function giving the state of each item of `release` (indexed once). */
export function itemStates(release: ReleaseContent): (item: ReleaseItem) => ItemState {
  const index = indexed(release);
  return (item) => stateOf(index, item);
}

function stateOf(index: Indexed, item: ReleaseItem): ItemState {
  const section = index.sections.get(placeKey(item))?.title ?? item.kind;
  return {
    id: item.id,
    level: item.level,
    levelTitle: index.levels.get(item.level)?.title ?? item.level,
    competency: item.competency,
    kind: item.kind,
    section,
    context: sectionContext(index, item, section),
    url: itemUrl(item.level, item.id),
    words: itemWords(item),
    text: item.text,
    // By the scale's title, as a reader reads it.
    attributes: Object.fromEntries(
      Object.entries(item.attributes).map(([scale, value]) => [index.scales.get(scale) ?? scale, value]),
    ),
  };
}

/** Whether two wordings differ beyond their spacing. */
export function wordsDiffer(a: string, b: string): boolean {
  const spaced = (text: string) => text.trim().replace(/\s+/gu, ' ');
  return spaced(a) !== spaced(b);
}

/** How the items and levels of one release map to the next's. */
export interface Matching {
  /** Each level id of the older release → the level of the newer it became, if any. */
  levels: Map<string, ReleaseLevel>;
  /** Each older item that lives on → the newer item it became. */
  successors: Map<ReleaseItem, ReleaseItem>;
  /** Each newer item that had a predecessor → the older item. */
  predecessors: Map<ReleaseItem, ReleaseItem>;
  /** Each older item that did not live on → where its old URL now leads, if anywhere. */
  retired: Map<ReleaseItem, LeadsTo | undefined>;
  /** Each retired item whose id a newer item of its level took over → that item. */
  mergedInto: Map<ReleaseItem, ReleaseItem>;
}

/** Matches the levels and items of `before` with those of `after` (module comment). */
export function matchReleases(before: ReleaseContent, after: ReleaseContent): Matching {
  const afterIndex = indexed(after);
  const levels = new Map<string, ReleaseLevel>();
  for (const level of before.levels) {
    const next =
      afterIndex.levels.get(level.id) ?? after.levels.find(({ formerIds }) => formerIds.includes(level.id));
    if (next) levels.set(level.id, next);
  }
  const successors = new Map<ReleaseItem, ReleaseItem>();
  const predecessors = new Map<ReleaseItem, ReleaseItem>();
  const byId = new Map<string, ReleaseItem[]>();
  for (const item of before.items) byId.set(item.id, [...(byId.get(item.id) ?? []), item]);
  const withIds = (ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []);
  const match = (candidates: (item: ReleaseItem) => ReleaseItem[]) => {
    for (const item of after.items) {
      if (predecessors.has(item)) continue;
      const old = candidates(item).find((candidate) => !successors.has(candidate));
      if (old) {
        successors.set(old, item);
        predecessors.set(item, old);
      }
    }
  };
  const sameLevel = (item: ReleaseItem) => (old: ReleaseItem) => levels.get(old.level)?.id === item.level;
  match((item) => withIds([item.id]).filter(sameLevel(item)));
  match((item) => withIds(item.formerIds).filter(sameLevel(item)));
  match((item) => withIds([item.id]));
  match((item) => withIds(item.formerIds));

  const retired = new Map<ReleaseItem, LeadsTo | undefined>();
  const mergedInto = new Map<ReleaseItem, ReleaseItem>();
  for (const old of before.items) {
    if (successors.has(old)) continue;
    const { item, leadsTo } = whereLeads(afterIndex, levels.get(old.level)?.id, old.id);
    if (item) mergedInto.set(old, item);
    retired.set(old, leadsTo);
  }
  return { levels, successors, predecessors, retired, mergedInto };
}

/**
 * Where the URL of `id` on `level` leads in a release where no item has that id: the item of the level
 * that lists it in `formerIds`, else the section that does; nowhere when the level is gone.
 */
function whereLeads(
  index: Indexed,
  level: string | undefined,
  id: string,
): { item: ReleaseItem | undefined; leadsTo: LeadsTo | undefined } {
  const listing = (candidate: { level: string; formerIds: string[] }) =>
    candidate.level === level && candidate.formerIds.includes(id);
  const item = index.release.items.find(listing);
  if (item) return { item, leadsTo: { url: itemUrl(item.level, item.id), title: item.text.plain } };
  const section = index.release.sections.find(listing);
  if (!section) return { item: undefined, leadsTo: undefined };
  return {
    item: undefined,
    leadsTo: {
      url: withFragment(levelUrl(section.level), sectionAnchor(index, section)),
      title: sectionContext(index, section, section.title),
    },
  };
}

/** Where the URL of `id` on `level` leads in `release` (see `whereLeads`). */
export function leadsToIn(
  release: ReleaseContent,
  level: string | undefined,
  id: string,
): LeadsTo | undefined {
  return whereLeads(indexed(release), level, id).leadsTo;
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
