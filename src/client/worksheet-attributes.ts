/**
 * The agreement between the rubric page and its worksheet script (src/client/worksheet-page.ts), in
 * one place: the page writes these attributes, the script reads them back.
 *
 *   <article data-worksheet="4" data-worksheet-storage="handbook-worksheet:/levels/4/" data-worksheet-title="…">
 *     <tr data-worksheet-row data-key="clarify-the-vision" data-ref="KB-1" data-cite-url="…">
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
}

/** The attributes of the element that holds a level's worksheet. */
export function worksheetAttributes({ level, levelPath, title }: WorksheetOf): Record<string, string> {
  return {
    'data-worksheet': level,
    [worksheetStorageAttribute]: worksheetStorageKey(levelPath),
    'data-worksheet-title': title,
  };
}

type AttributeElement = Pick<CiteElement, 'getAttribute'>;

/** What the worksheet's element says: its level, where it is kept, its export's title. */
export function readWorksheet(root: AttributeElement): { level: string; key: string; title: string } {
  const level = root.getAttribute('data-worksheet') ?? '';
  return {
    level,
    key: root.getAttribute(worksheetStorageAttribute) ?? '',
    title: root.getAttribute('data-worksheet-title') ?? level,
  };
}

/** The attributes of one row: its key (the item's id, or a section's anchor) and its reference ("KB-1"). */
export function worksheetRowAttributes({ key, ref }: { key: string; ref: string }): Record<string, string> {
  return { 'data-worksheet-row': '', 'data-key': key, 'data-ref': ref };
}

/** A row as its attributes and its citation's say, its URL made absolute against `base`. */
export function readWorksheetRow(element: CiteElement, base: string): WorksheetRow {
  return {
    key: element.getAttribute('data-key') ?? '',
    ref: element.getAttribute('data-ref') ?? '',
    cited: readCited(element, base),
  };
}
