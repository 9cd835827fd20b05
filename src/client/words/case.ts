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
  addItem: (words: string) => `Add to my case: ${words}`,
  /** Said (announced) after a toggle. */
  announceAdded: (name: string, items: number) => `Added to “${name}” (${count(items)})`,
  announceRemoved: (name: string, items: number) => `Removed from “${name}” (${count(items)})`,
  /** The name of a reader's first case, and of each new one. */
  firstName: 'My case',
  newName: (n: number) => `Case ${n}`,
  /** A worksheet file read as a case. */
  worksheetName: (level: string) => `Worksheet, level ${level}`,
  fileFallback: 'case',
  /** Why a file or saved data cannot be read. */
  notJson: 'it is not valid JSON',
  notCase: 'it is not a handbook case or worksheet',
  otherVersion: (version: string) => `it is a case of another version (${version})`,
  malformed: (where: string) => (where ? `the part for level "${where}" is malformed` : 'it is malformed'),
} as const;
