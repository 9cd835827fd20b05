/**
 * Where published section pages and anchors went when sections changed, read from the permalink
 * manifest's record of what was published (`content/permalinks.json`):
 *
 * - a section page whose kind a level no longer has redirects to the section that took it over (the
 *   kind, or `<competency>--<kind>`, in that section's `formerIds`);
 * - an item that moved to another section of its level left an anchor on the page it was on, which
 *   says where it went: its canonical URL never changed, and its old section-page URL lands on a
 *   pointer to it.
 */
import { levelUrl, withFragment } from '../urls/urls';
import type { Level, MovedAnchor, Redirect, Section } from './model';

/** `/levels/<level>/<kind>/`, for a kind that may no longer be one. */
const pageUrlOf = (level: string, kind: string) => `${levelUrl(level)}${kind}/`;

/** The kind a section's former id names, when it names a section: `key-behaviors`, `<competency>--<kind>`. */
const formerKind = (former: string) =>
  former.includes('--') ? former.slice(former.indexOf('--') + 2) : former;

/**
 * Redirects from the section pages a level published and no longer has to the section that took them
 * over, for the level's id and every former id.
 */
export function replacedSectionPages(levels: readonly Level[], recorded: readonly string[]): Redirect[] {
  const published = new Set(recorded);
  const redirects = new Map<string, string>();
  for (const level of levels) {
    const kinds = new Set<string>(level.sectionPages.map((page) => page.kind));
    for (const section of level.sections) {
      for (const kind of section.formerIds.map(formerKind)) {
        const ids = [level.id, ...level.formerIds];
        if (kinds.has(kind) || !ids.some((id) => published.has(pageUrlOf(id, kind)))) continue;
        for (const id of ids) {
          if (!redirects.has(pageUrlOf(id, kind))) redirects.set(pageUrlOf(id, kind), section.pageUrl);
        }
      }
    }
  }
  return [...redirects].map(([from, to]) => ({ from, to }));
}

/** The section of `level` where `id` is now: an item's id or former id, or a section's former id. */
function sectionHolding(
  level: Level,
  id: string,
): { section: Section; text: string | undefined } | undefined {
  for (const section of level.sections) {
    const item = section.items.find((candidate) => candidate.id === id || candidate.formerIds.includes(id));
    if (item) return { section, text: item.text.plain };
    if (section.formerIds.includes(id)) return { section, text: undefined };
  }
  return undefined;
}

/**
 * Sets each section page's `moved`: the anchors the manifest records on it (or on a page that now
 * redirects to it) whose item is now in another section of the level.
 */
export function markMovedAnchors(
  levels: readonly Level[],
  redirects: readonly Redirect[],
  recorded: readonly string[],
): void {
  const redirectTo = new Map(redirects.map(({ from, to }) => [from, to]));
  const pages = new Map(
    levels.flatMap((level) => level.sectionPages.map((page) => [page.url, { level, page }] as const)),
  );
  for (const url of recorded) {
    const hash = url.indexOf('#');
    if (hash === -1) continue;
    const path = url.slice(0, hash);
    const fragment = url.slice(hash + 1);
    const target = pages.get(redirectTo.get(path) ?? path);
    if (!target) continue;
    const { level, page } = target;
    const here = level.sections.filter((section) => section.kind === page.kind);
    if (here.some((section) => sectionHolding({ ...level, sections: [section] }, fragment))) continue;
    const holding = sectionHolding(level, fragment);
    if (!holding || page.moved.some((moved) => moved.id === fragment)) continue;
    page.moved.push({
      id: fragment,
      url: withFragment(holding.section.pageUrl, fragment),
      text: holding.text,
      section: holding.section.title,
    } satisfies MovedAnchor);
  }
}
