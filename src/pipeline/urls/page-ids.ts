/**
 * The ids the pages give their own elements. Item ids share the level page with them, so an item may
 * not take one (`findIntegrityProblems` reports it): every `#anchor` must name exactly one element.
 * Ids the pages make from content (a competency's heading, a section of a competency) join their
 * parts with `--`, which an author's kebab-case id never contains, so they can never clash.
 */
/** Search boxes: one in the header of every page, one in the body of the home, 404 and search pages. */
export const searchBoxes = ['site-search', 'home-search', 'not-found-search', 'search-page'] as const;

export const pageIds = {
  main: 'main',
  toc: 'toc-heading',
  howToRead: 'how-to-read',
  levels: 'levels',
  ladder: 'ladder',
  overview: 'overview',
  closing: 'closing',
  neighbours: 'level-neighbours',
  citeFallback: 'cite-fallback-heading',
  fragmentNotice: 'fragment-notice',
  /** The home page's link to the changelog. */
  changes: 'changes-heading',
  /** A section on its level page is `#<kind>`, or `#<competency>--<kind>` with several competencies. */
  section: (anchor: string) => anchor,
  heading: (anchor: string) => (anchor.includes('--') ? `${anchor}--heading` : `${anchor}-heading`),
  /** A competency on its level page: `#<competency>`, its heading `#<competency>--heading`. */
  competency: (id: string) => id,
  competencyHeading: (id: string) => `${id}--heading`,
  searchInput: (box: string) => `${box}-input`,
  searchStatus: (box: string) => `${box}-status`,
  searchResults: (box: string) => `${box}-results`,
};

const reserved = new Set<string>([
  pageIds.main,
  pageIds.toc,
  pageIds.howToRead,
  pageIds.levels,
  pageIds.ladder,
  pageIds.overview,
  pageIds.closing,
  pageIds.neighbours,
  pageIds.citeFallback,
  pageIds.fragmentNotice,
  pageIds.changes,
  ...searchBoxes.flatMap((box) => [
    pageIds.searchInput(box),
    pageIds.searchStatus(box),
    pageIds.searchResults(box),
  ]),
]);

/**
 * Whether the pages already use `id` for an element of their own, on a handbook whose sections are of
 * `kinds` (with one competency, a section's anchor is its kind, its heading's `<kind>-heading`).
 */
export function isReservedId(id: string, kinds: readonly string[]): boolean {
  return (
    reserved.has(id) || kinds.some((kind) => id === pageIds.section(kind) || id === pageIds.heading(kind))
  );
}

/** Path segments of a level's pages that are not sections': a kind may not take one. */
export const levelPageSegments = ['rubric'] as const;
