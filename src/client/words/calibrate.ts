/** "1 person", "3 people". */
const people = (count: number) => `${count} ${count === 1 ? 'person' : 'people'}`;

/**
 * What the calibration page says (src/components/case/CalibratePage.astro, src/client/calibrate-page.ts,
 * src/client/calibration.ts): several people's exported cases, side by side, item by item.
 */
export const calibrateWords = {
  page: 'Calibration',
  description:
    'Compare several people’s exported cases side by side, item by item: who has evidence and how the marks spread. Prints one page per level for the meeting.',
  privacy:
    'Nothing leaves this browser: the files are read here, never uploaded, and nothing is saved. Reloading the page forgets them.',
  needsScript:
    'Calibration reads the case files in this browser, which needs JavaScript, and it is off. Each level’s rubric prints as a worksheet to fill in by hand:',
  choose: 'Choose case files (JSON)',
  drop: 'or drop them here. Each file is one person’s case, exported from “My case” or a rubric’s worksheet.',
  loaded: 'Loaded',
  remove: (name: string) => `Remove ${name}`,
  removeShort: 'Remove',
  /** Said (announced) after files are read or one is removed. */
  status: (count: number) => (count === 0 ? 'No case loaded' : `${people(count)} loaded`),
  /** One line per file that could not be read. */
  unreadable: (file: string, reason: string) => `${file} could not be read: ${reason}.`,
  notRead: 'the browser could not read it',
  indexMissing:
    'The handbook’s list of items could not be loaded, so the cases cannot be shown. Reload to try again.',
  empty: 'Load two or more cases to compare them.',
  nothingForLevels: 'None of these cases has a note, mark or picked item.',
  /** Above each level's table, and on its printed page. */
  people: 'People',
  date: 'Date',
  ref: 'Ref',
  item: 'Item',
  summary: 'Summary',
  /** How many of the people have evidence for a row: "2 of 3 with evidence". */
  withEvidence: (count: number, of: number) => `${count} of ${of} with evidence`,
  /** How a row's marks spread, each point with its count. */
  spreadPart: (count: number, label: string) => `${count} ${label}`,
  spreadJoin: ' · ',
  noMarks: 'No marks',
  noMark: 'No mark',
  picked: 'Picked, no evidence',
  nothing: '—',
  /** A row no one picked, marked or wrote about. */
  untouched: 'No one picked or wrote about this item',
  untouchedRows: (count: number) =>
    `${count === 1 ? '1 item' : `${count} items`} no one picked or wrote about`,
  former: 'No longer in the framework',
  formerHelp: 'Notes kept under items that were since renamed or removed.',
  /** The level a file names that the handbook no longer has. */
  unknownLevel: (level: string) => `Level “${level}” (no longer in the framework)`,
  table: (level: string) => `${level}: each person’s mark and evidence`,
  /** The field written on paper in the meeting. */
  decision: 'Decision',
  decisionNotes: 'Notes',
} as const;
