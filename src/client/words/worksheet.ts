/** "1 item", "3 items". */
const count = (items: number) => `${items} ${items === 1 ? 'item' : 'items'}`;

/** The worksheet's controls and what it says (src/client/worksheet-page.ts, src/client/worksheet.ts). */
export const worksheetWords = {
  privacy: 'Your notes are saved in this browser only. Nothing is sent anywhere.',
  exportMarkdown: 'Export as Markdown',
  exportJson: 'Export notes (JSON)',
  importJson: 'Import notes (JSON)',
  clear: 'Clear notes',
  confirmClear: 'Clear every note and mark on this worksheet? You can undo it right after.',
  saved: 'Saved in this browser',
  /** Which case the rubric's notes are: the case page shows them too. */
  inCase: (name: string, items: number) => `Your notes here are your case “${name}” (${count(items)}).`,
  openCase: 'Open it',
  cleared: 'Notes cleared',
  imported: 'Notes imported',
  /** Before importing over notes already here: what the file would add, change and leave. */
  importChoice: (added: number, changed: number, left: number) =>
    `This file has notes for ${count(added)} you have none for, and different notes for ${count(changed)}; you have notes for ${count(left)} it has none for. How should it be imported?`,
  importChoiceLabel: 'Import notes over yours',
  merge: 'Merge: add its notes, keep all of yours',
  replace: 'Replace all your notes with the file’s',
  cancelImport: 'Cancel',
  importCancelled: 'Nothing imported; your notes are unchanged',
  merged: 'Notes merged',
  undoImport: 'Undo the import',
  undoClear: 'Undo the clear',
  undone: 'Your notes are back as they were',
  unreadable: (reason: string) =>
    `The notes saved in this browser could not be read (${reason}). They are kept aside, untouched; this worksheet starts empty.`,
  badImport: (reason: string) => `That file could not be imported: ${reason}. Your notes are unchanged.`,
  orphans: 'Notes for items no longer in this level',
  orphansHelp:
    'These items were renamed or removed since you wrote these notes. They are kept, and exported.',
  /** The heading of a level's Markdown export. */
  exportTitle: (level: string, role?: string) => `${role ? `${level}: ${role}` : level}: my evidence`,
  /** Under the title of the Markdown export. */
  frameworkVersion: (version: string) => `Framework version ${version}`,
  /** Beside a row whose words changed since the reader's notes on it were written. */
  changedSince: (version: string) => `Words changed since your notes (${version})`,
  whatChanged: 'What changed',
  /** Why saved or imported notes cannot be read: the reason in `unreadable` and `badImport`. */
  notJson: 'it is not valid JSON',
  notWorksheet: 'it is not a handbook worksheet',
  otherVersion: (version: string) => `it is a worksheet of another version (${version})`,
  otherLevel: (level: string) => `it is the worksheet of level ${level}`,
  noNotes: 'its notes are missing',
  malformed: (key: string) => `the notes for "${key}" are malformed`,
} as const;
