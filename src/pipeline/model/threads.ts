/**
 * Threads between items: an item's `related` items (the habit that builds a behavior, the signal that
 * shows it…) and, computed, the items that point at it (backlinks). A reference is an item id in the
 * same level, or `<level>#<id>` for another level; ids an item was published under before
 * (`formerIds`) resolve to it too, so renaming an item never breaks a thread.
 */
import type { Item, ItemLink } from './model';

/** Where a reference points: a level and an item id there. */
export interface ItemRef {
  level: string;
  id: string;
}

/** Reads `id` or `<level>#<id>`, written in `level`. */
export function parseItemRef(ref: string, level: string): ItemRef {
  const hash = ref.indexOf('#');
  return hash === -1 ? { level, id: ref } : { level: ref.slice(0, hash), id: ref.slice(hash + 1) };
}

/** The key an item is found by: `4#anticipates-product-needs`. */
export const refKey = ({ level, id }: ItemRef) => `${level}#${id}`;

/** What a thread shows of the item at its other end: a copy, so the model holds no cycles. */
export function linkTo(item: Item): ItemLink {
  return { level: item.level, id: item.id, url: item.url, text: item.text.plain, context: item.context };
}

/**
 * Fills every item's `related` (in the order written) and `backlinks` (in reading order) from
 * `refsOf`, the references each item declares. Items are found by id or former id through `find`.
 * References that resolve to nothing, to the item itself or twice are left out here: the content
 * check reports them.
 */
export function linkThreads(
  items: readonly Item[],
  refsOf: (item: Item) => readonly string[],
  find: (ref: ItemRef) => Item | undefined,
): void {
  for (const item of items) {
    for (const ref of refsOf(item)) {
      const target = find(parseItemRef(ref, item.level));
      if (!target || target === item || item.related.some((known) => known.url === target.url)) continue;
      item.related.push(linkTo(target));
    }
  }
  for (const item of items) {
    for (const related of item.related) {
      const target = find(related);
      if (target && !target.backlinks.some((known) => known.url === item.url))
        target.backlinks.push(linkTo(item));
    }
  }
}

/**
 * Where `there` is, said from `here`: the parts of its context the two share are left out, so a thread
 * within one level says "Build These Habits", not "Level 4 · Build These Habits".
 */
export function contextFrom(here: string, there: string): string {
  const ours = here.split(' · ');
  const theirs = there.split(' · ');
  let shared = 0;
  while (shared < theirs.length - 1 && ours[shared] === theirs[shared]) shared++;
  return theirs.slice(shared).join(' · ');
}
