/**
 * The ids the pages give their own elements. Item ids share the page with them, so an item may not
 * take one (`findIntegrityProblems` reports it): every `#anchor` must name exactly one element.
 */
import { sectionKinds, type SectionKind } from '../schemas/content';

/** Search boxes: one in the header of every page, one in the body of the home and 404 pages. */
export const searchBoxes = ['site-search', 'home-search', 'not-found-search'] as const;

export const pageIds = {
  main: 'main',
  toc: 'toc-heading',
  howToRead: 'how-to-read',
  levels: 'levels',
  /** A section on its level page is `#<kind>`; its heading is `#<kind>-heading`. */
  section: (kind: SectionKind) => kind,
  sectionHeading: (kind: SectionKind) => `${kind}-heading`,
  searchInput: (box: string) => `${box}-input`,
  searchStatus: (box: string) => `${box}-status`,
  searchResults: (box: string) => `${box}-results`,
};

const reserved = new Set<string>([
  pageIds.main,
  pageIds.toc,
  pageIds.howToRead,
  pageIds.levels,
  ...sectionKinds.flatMap((kind) => [pageIds.section(kind), pageIds.sectionHeading(kind)]),
  ...searchBoxes.flatMap((box) => [
    pageIds.searchInput(box),
    pageIds.searchStatus(box),
    pageIds.searchResults(box),
  ]),
]);

/** Whether the pages already use `id` for an element of their own. */
export function isReservedId(id: string): boolean {
  return reserved.has(id);
}
