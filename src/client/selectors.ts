/**
 * What scripts find the page's parts by, and nothing else, so the script every page runs on load
 * (src/client/enhance.ts) can use them without carrying the readers and writers of these
 * attributes, which load with Copy citation and the worksheet (src/client/cite-attributes.ts,
 * src/client/worksheet-attributes.ts).
 */

export const citeSelectors = {
  /** The element a citation cites. */
  host: '[data-cite-url]',
  /** The element inside it whose content is the cited words. */
  words: '[data-cite-words]',
  /** Each element inside it whose content is one of the cited item's sub-points, in order. */
  subpoint: '[data-cite-subpoint]',
  /** A Copy citation button. */
  button: '[data-cite]',
  /** Where a copied citation is announced. */
  status: '[data-cite-status]',
  /** The dialog that shows a citation the clipboard refused. */
  fallback: '[data-cite-fallback]',
} as const;

export const worksheetSelectors = {
  root: '[data-worksheet]',
  row: '[data-worksheet-row]',
  notes: '[data-worksheet-notes]',
  seen: '[data-worksheet-seen]',
} as const;

/** The worksheet element's attribute naming where its notes are kept in the reader's browser. */
export const worksheetStorageAttribute = 'data-worksheet-storage';

/** The attribute of `<html>` naming the framework's version the page shows (src/client/page-attributes.ts). */
export const versionAttribute = 'data-handbook-version';

/**
 * Where this browser keeps the reader's cases for the handbook at `base` (src/client/case-store.ts):
 * here, so the script run on load and search can tell whether there are any without loading the store.
 */
export const casesKey = (base: string) => `handbook-cases:${base}`;
