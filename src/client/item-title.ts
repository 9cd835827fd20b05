/**
 * What search knows of an item beyond its indexed words, carried in the page: the item element's
 * `data-pagefind-title`, written at build time and read back from each Pagefind sub-result.
 */

/** What search needs to know of an item, beyond its indexed words. */
export interface ItemTitle {
  /** Its words, plain. */
  text: string;
  /** Where it is: "Level 4 · Common Struggles". */
  context: string;
  /** The id of its competency. */
  competency: string;
  /** How much it weighs in the ranking: its section kind's (`src/schemas/section-kinds.ts`). */
  weight: number;
  /** Its values on the framework's scales that search filters by: scale id → value. */
  attributes?: Record<string, string> | undefined;
}

/**
 * An item's `data-pagefind-title`: its words, its place, its competency and its weight, for the result
 * to show where it is and rank it. Pagefind does not index titles, so none of it makes an item match.
 */
export function itemTitle({ text, context, competency, weight, attributes }: ItemTitle): string {
  const filtered = attributes && Object.keys(attributes).length > 0 ? { attributes } : {};
  return JSON.stringify({ text, context, competency, weight, ...filtered });
}

/** A sub-result's title read back: an item's (see `itemTitle`), or any other title as its text. */
export function readItemTitle(title: string): Partial<ItemTitle> & { text: string } {
  try {
    const read = JSON.parse(title) as unknown;
    if (read && typeof read === 'object' && 'text' in read && typeof read.text === 'string') {
      const { weight, ...rest } = read as Partial<ItemTitle> & { text: string };
      return typeof weight === 'number' ? { ...rest, weight } : rest;
    }
  } catch {
    // not an item's title
  }
  return { text: title };
}

/**
 * What a part of a page that carries no weight of its own (a section's heading) weighs in the ranking:
 * as little as the lightest kind of item. Items carry theirs in their title (see `itemTitle`).
 */
export const UNWEIGHTED = 1;
