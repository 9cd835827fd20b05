/**
 * Importing notes over notes: what a file would add, change or leave of the notes already in this
 * browser, and the two ways to take it (merge, which keeps every note here, or replace), so an import
 * never drops a note without asking. Pure; the worksheet page (src/client/worksheet-page.ts) asks and applies.
 */
import { entryOf, isBlank, withEntry, type Entry, type Worksheet } from './worksheet';

/** The keys (item ids or section anchors) an import touches, by what it would do to each. */
export interface ImportPlan {
  /** The file has notes for them; this browser has none. */
  added: string[];
  /** Both have notes for them, and they differ. */
  changed: string[];
  /** This browser has notes for them; the file has none: a merge keeps them, a replace drops them. */
  left: string[];
}

const written = (worksheet: Worksheet) =>
  Object.entries(worksheet.entries).filter(([, entry]) => !isBlank(entry));

const sameEntry = (a: Entry, b: Entry) => a.notes === b.notes && a.seen === b.seen;

export function importPlan(current: Worksheet, incoming: Worksheet): ImportPlan {
  const plan: ImportPlan = { added: [], changed: [], left: [] };
  for (const [key, entry] of written(incoming)) {
    const mine = entryOf(current, key);
    if (isBlank(mine)) plan.added.push(key);
    else if (mine && !sameEntry(mine, entry)) plan.changed.push(key);
  }
  for (const [key] of written(current)) if (isBlank(entryOf(incoming, key))) plan.left.push(key);
  return plan;
}

/** Whether taking the file in would drop or change anything this browser holds: then ask first. */
export function wouldLoseNotes(plan: ImportPlan): boolean {
  return plan.changed.length > 0 || plan.left.length > 0;
}

/**
 * The notes of both, losing none of this browser's: the file's where this browser has none, this
 * browser's everywhere else (where both differ, replacing is the other choice, and can be undone).
 */
export function mergeWorksheets(current: Worksheet, incoming: Worksheet): Worksheet {
  let merged = current;
  for (const [key, entry] of written(incoming))
    if (isBlank(entryOf(current, key))) merged = withEntry(merged, key, entry);
  return merged;
}
