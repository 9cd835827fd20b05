/**
 * How the items and levels of one release map to the next's, from their snapshots alone, and each
 * item's state in a release (where it is, the words a reader compares). `changes.ts` lists what
 * changed from this; `since.ts` follows items through several releases with it.
 *
 * Ids are unique only within a level, so items are matched level by level: a level maps to the level
 * of the newer release with its id or listing it in `formerIds`; an item to the item of its mapped
 * level with its id, else one listing its id in `formerIds`, else one of another level with its id
 * (or listing it) that nothing else matched: a move between levels.
 */
import type {
  ReleaseContent,
  ReleaseItem,
  ReleaseLevel,
  ReleaseSection,
  Wording,
} from '../../schemas/release';
import { itemUrl, levelUrl, withFragment } from '../urls/urls';

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

/** A release indexed for looking up its items' places. */
export interface Indexed {
  release: ReleaseContent;
  levels: Map<string, ReleaseLevel>;
  sections: Map<string, ReleaseSection>;
  competencies: Map<string, string>;
  scales: Map<string, string>;
  several: boolean;
}

/** The key of a section: its level, competency and kind. */
export function placeKey(place: { level: string; competency: string; kind: string }): string {
  return JSON.stringify([place.level, place.competency, place.kind]);
}

export function indexed(release: ReleaseContent): Indexed {
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

export function stateOf(index: Indexed, item: ReleaseItem): ItemState {
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
