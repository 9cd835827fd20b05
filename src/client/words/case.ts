/** "1 item", "3 items". */
const count = (items: number) => `${items} ${items === 1 ? 'item' : 'items'}`;

/**
 * What the case says: the case page (src/client/case-page.ts), picking items while reading
 * (src/client/picks.ts), its files (src/client/case.ts) and the store (src/client/case-store.ts).
 */
export const caseWords = {
  /** The page, and the link to it in every page's header. */
  page: 'My case',
  description:
    'Build a promotion case: gather behaviors while you read, write your evidence once, and hand over one document (a promotion packet or self-assessment).',
  count,
  privacy: 'Your case is saved in this browser only. Nothing is sent anywhere.',
  calibrateHint: 'Preparing a calibration meeting? Compare several people’s exported cases in',
  needsScript:
    'Building a case needs JavaScript, which is off in this browser. Each level’s rubric prints as a worksheet to fill in by hand:',
  cases: 'Your cases',
  switchCase: 'Case',
  newCase: 'New case',
  deleteCase: 'Delete this case',
  confirmDelete: 'Delete it',
  cancel: 'Cancel',
  confirmDeleteText: (name: string, items: number, notes: number) =>
    `Delete “${name}”, its ${count(items)} and ${notes === 1 ? '1 note' : `${notes} notes`}? You can undo it right after.`,
  about: 'Who and what this case is for',
  caseName: 'Case name',
  person: 'Name',
  levelSought: 'Level sought',
  noLevel: 'Not chosen',
  date: 'Date',
  frameworkVersion: (version: string) => `Framework version ${version}`,
  exports: 'Export and share',
  copyRich: 'Copy as rich text',
  copyMarkdown: 'Copy Markdown',
  downloadMarkdown: 'Download Markdown',
  exportJson: 'Export JSON',
  importJson: 'Import JSON',
  print: 'Print',
  copyShare: 'Copy share link',
  importChoiceLabel: 'Import a case over this one',
  sharedLabel: 'A shared selection',
  sharedOpen: 'Open it as a new case',
  sharedIgnore: 'Ignore it',
  empty:
    'Nothing is in this case yet. Open a level and choose “Add to case” beside each behavior you have evidence for; a note or mark written on a rubric adds its item too.',
  /** The header link's accessible name: "My case: 3 items". */
  headerLink: (items: number) => `My case: ${count(items)}`,
  /** The toggle on every item. */
  add: 'Add to case',
  added: 'In case',
  addItem: (words: string) => `Add to case: ${words}`,
  /** Said (announced) after a toggle. */
  announceAdded: (name: string, items: number) => `Added to “${name}” (${count(items)})`,
  announceRemoved: (name: string, items: number) => `Removed from “${name}” (${count(items)})`,
  /** The name of a reader's first case, and of each new one. */
  firstName: 'My case',
  newName: (n: number) => `Case ${n}`,
  /** A worksheet file read as a case. */
  worksheetName: (level: string) => `Worksheet, level ${level}`,
  fileFallback: 'case',
  unreadable: (reason: string) =>
    `The cases saved in this browser could not be read (${reason}). They are kept aside, untouched; you start with none.`,
  noIndex:
    'The handbook’s items could not be loaded, so the items in this case cannot be shown. Your case is kept.',
  sharedName: (n: number) => `Shared case ${n}`,
  sharedSummary: (items: number) =>
    `This link holds a selection of ${count(items)} (no notes). Open it as a new case? Your cases are kept as they are.`,
  sharedOpened: (items: number) => `Opened a shared selection of ${count(items)} as a new case`,
  undo: (action: string) =>
    action === 'delete' ? 'Undo the delete' : action === 'clear' ? 'Undo the clear' : 'Undo the import',
  markFor: (ref: string) => `Mark for ${ref}`,
  noMark: 'No mark',
  evidenceFor: (ref: string) => `Evidence for ${ref}`,
  remove: 'Remove',
  removeItem: (ref: string, words: string) => `Remove ${ref} from the case: ${words}`,
  removed: 'Removed from the case. Its notes are kept, on the rubric too.',
  saved: 'Saved in this browser',
  switched: (name: string) => `Showing “${name}”`,
  created: (name: string) => `Created “${name}”`,
  deleted: (name: string) => `Deleted “${name}”`,
  copied: 'Copied as rich text: paste it into your document',
  copiedMarkdown: 'Copied as Markdown',
  shareCopied: 'Share link copied. It holds the items only, not your notes.',
  /** The document a case exports: its title, what it is for, each item's mark. */
  documentTitle: (name: string, level: string | undefined) =>
    level === undefined ? `${name}: promotion case` : `${name}: promotion case for ${level}`,
  personFact: (person: string) => `Name: ${person}`,
  levelFact: (level: string) => `Level sought: ${level}`,
  dateFact: (date: string) => `Date: ${date}`,
  markFact: (mark: string) => `Mark: ${mark}`,
  orphans: 'Items no longer in the framework',
  /** Why a file or saved data cannot be read. */
  notJson: 'it is not valid JSON',
  notCase: 'it is not a handbook case or worksheet',
  otherVersion: (version: string) => `it is a case of another version (${version})`,
  malformed: (where: string) => (where ? `the part for level "${where}" is malformed` : 'it is malformed'),
} as const;
