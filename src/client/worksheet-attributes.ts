/**
 * The agreement between the rubric page and its worksheet script (src/client/worksheet-page.ts), in
 * one place: the page writes these attributes, the script reads them back.
 *
 *   <article data-worksheet="4" data-worksheet-storage="handbook-worksheet:/levels/4/" data-worksheet-title="…"
 *            data-worksheet-former-levels="four">
 *     <tr data-worksheet-row data-key="clarify-the-vision" data-ref="KB-1" data-former-ids="old-id" data-cite-url="…">
 *       <textarea data-worksheet-notes>  <input type="radio" data-worksheet-seen>
 */
import { readCited, type CiteElement } from './cite-attributes';
import { worksheetSelectors, worksheetStorageAttribute } from './selectors';
import type { WorksheetRow } from './worksheet';

export { worksheetSelectors };

/**
 * Where a level's worksheet is kept in the reader's browser: by the level page's path, base included,
 * so two handbooks on one host keep their notes apart.
 */
export function worksheetStorageKey(levelPath: string): string {
  return `handbook-worksheet:${levelPath}`;
}

export interface WorksheetOf {
  /** The level's id. */
  level: string;
  /** The level page's path, base included. */
  levelPath: string;
  /** The heading of its Markdown export. */
  title: string;
  /** The level's title, which its files are named with ("Level 4"). */
  levelTitle?: string | undefined;
  /** Ids the level was published under before: notes exported there are its notes. */
  formerLevels?: readonly string[] | undefined;
}

/** Ids joined by spaces (ids have none), for an attribute; none when there are none. */
const idList = (name: string, ids: readonly string[] = []): Record<string, string> =>
  ids.length > 0 ? { [name]: ids.join(' ') } : {};

const readIds = (value: string | null | undefined): string[] => (value ?? '').split(' ').filter(Boolean);

/** The attributes of the element that holds a level's worksheet. */
export function worksheetAttributes({
  level,
  levelPath,
  title,
  levelTitle,
  formerLevels,
}: WorksheetOf): Record<string, string> {
  return {
    'data-worksheet': level,
    [worksheetStorageAttribute]: worksheetStorageKey(levelPath),
    'data-worksheet-title': title,
    ...(levelTitle === undefined ? {} : { 'data-worksheet-level-title': levelTitle }),
    ...idList('data-worksheet-former-levels', formerLevels),
  };
}

type AttributeElement = Pick<CiteElement, 'getAttribute'>;

/** What the worksheet's element says: its level, where it is kept, its export's title, the level's former ids. */
export function readWorksheet(root: AttributeElement): {
  level: string;
  key: string;
  title: string;
  levelTitle: string;
  formerLevels: string[];
} {
  const level = root.getAttribute('data-worksheet') ?? '';
  return {
    level,
    key: root.getAttribute(worksheetStorageAttribute) ?? '',
    title: root.getAttribute('data-worksheet-title') ?? level,
    levelTitle: root.getAttribute('data-worksheet-level-title') ?? level,
    formerLevels: readIds(root.getAttribute('data-worksheet-former-levels')),
  };
}

/**
 * The attributes of one row: its key (the item's id, or a section's anchor), its reference ("KB-1")
 * and the ids its item (or section) was published under before, whose notes it takes over.
 */
export function worksheetRowAttributes({
  key,
  ref,
  formerIds,
}: {
  key: string;
  ref: string;
  formerIds?: readonly string[] | undefined;
}): Record<string, string> {
  return {
    'data-worksheet-row': '',
    'data-key': key,
    'data-ref': ref,
    ...idList('data-former-ids', formerIds),
  };
}

/** A row as its attributes and its citation's say, its URL made absolute against `base`. */
export function readWorksheetRow(element: CiteElement, base: string): WorksheetRow & { formerIds: string[] } {
  return {
    key: element.getAttribute('data-key') ?? '',
    ref: element.getAttribute('data-ref') ?? '',
    formerIds: readIds(element.getAttribute('data-former-ids')),
    cited: readCited(element, base),
  };
}
