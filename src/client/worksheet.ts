/**
 * A reader's reflection worksheet for one level: notes and a point on the scale per item, kept in
 * their browser only. Keyed by item id (or, for the mindset shift, its section's anchor), so notes
 * survive a rewording, and notes for items that no longer exist are kept and shown apart, never
 * dropped. Saved data that cannot be read is reported, never trusted. Pure: the page script
 * (src/client/worksheet-page.ts) reads and writes the browser's storage and files.
 */
import { citationMarkdown, type Cited } from './citation';
import { scale as defaultScale, type ScalePoint, type ScaleValue } from './scale';
import { worksheetWords } from './words/worksheet';

export const WORKSHEET_FORMAT = 'handbook-worksheet';
/** The format's version: 2 records the framework's versions; files and saved data of 1 are still read. */
const VERSION = 2;
const READ_VERSIONS: readonly unknown[] = [1, VERSION];

export interface Entry {
  notes: string;
  seen: ScaleValue | undefined;
  /** The framework's version the reader was reading when they last wrote it; undefined when unknown. */
  version?: string | undefined;
  /** The id it was written under, when it was since carried to an item that took that id over. */
  from?: string | undefined;
}

export interface Worksheet {
  format: typeof WORKSHEET_FORMAT;
  version: typeof VERSION;
  /** The level's id: a worksheet belongs to one level. */
  level: string;
  /** The framework's version of the page it was last saved on; undefined when unknown or unversioned. */
  frameworkVersion?: string | undefined;
  /**
   * By item id (or section anchor). Ids are the content's, so one may be `constructor`: read an entry
   * with `entryOf`, never `entries[key]`, which would find what every object inherits.
   */
  entries: Record<string, Entry>;
}

/** An empty map of entries: no prototype, so a key such as `__proto__` is an entry like any other. */
function noEntries(): Record<string, Entry> {
  return Object.create(null) as Record<string, Entry>;
}

export function emptyWorksheet(level: string): Worksheet {
  return { format: WORKSHEET_FORMAT, version: VERSION, level, entries: noEntries() };
}

/** The entry for `key`, if the worksheet has one of its own (not `constructor`, which objects inherit). */
export function entryOf(worksheet: Worksheet, key: string): Entry | undefined {
  return Object.prototype.hasOwnProperty.call(worksheet.entries, key) ? worksheet.entries[key] : undefined;
}

/**
 * An entry as saved, or undefined when it is not one. A point that is not on today's scale (the
 * framework renamed a value) is kept as it was: a reader's marks are never dropped.
 */
function readEntry(value: unknown): Entry | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { notes, seen, version, from } = value as Record<string, unknown>;
  if (typeof notes !== 'string') return undefined;
  if (seen !== undefined && (typeof seen !== 'string' || seen.trim() === '')) return undefined;
  if (version !== undefined && typeof version !== 'string') return undefined;
  if (from !== undefined && typeof from !== 'string') return undefined;
  return {
    notes,
    seen,
    ...(version === undefined ? {} : { version }),
    ...(from === undefined ? {} : { from }),
  };
}

/**
 * Reads a saved or imported worksheet for `level` (or for one of the ids the level had before,
 * `formerLevels`), in either format, or says, in a few words, why it cannot. Entries of format 1
 * have no version: unknown.
 */
export function parseWorksheet(
  text: string,
  level: string,
  formerLevels: readonly string[] = [],
): { worksheet: Worksheet } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: worksheetWords.notJson };
  }
  const record = (data ?? {}) as Record<string, unknown>;
  if (typeof data !== 'object' || record['format'] !== WORKSHEET_FORMAT) {
    return { error: worksheetWords.notWorksheet };
  }
  if (!READ_VERSIONS.includes(record['version']))
    return { error: worksheetWords.otherVersion(String(record['version'])) };
  const written = record['level'];
  if (written !== level && !(typeof written === 'string' && formerLevels.includes(written)))
    return { error: worksheetWords.otherLevel(String(written)) };
  const frameworkVersion = record['frameworkVersion'];
  const raw = record['entries'];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { error: worksheetWords.noNotes };
  const entries = noEntries();
  for (const [key, value] of Object.entries(raw)) {
    const entry = readEntry(value);
    if (!entry) return { error: worksheetWords.malformed(key) };
    entries[key] = entry;
  }
  return {
    worksheet: {
      ...emptyWorksheet(level),
      ...(typeof frameworkVersion === 'string' ? { frameworkVersion } : {}),
      entries,
    },
  };
}

/**
 * Entries kept under an id the page no longer has, carried to the row whose item took that id over
 * (`formerIds`), where that row has no entry of its own; any other stays apart, as an orphan. Each
 * carried entry remembers the id it was written under (`from`), to look up what changed since.
 */
export function carryFormerIds(
  worksheet: Worksheet,
  rows: readonly { key: string; formerIds: readonly string[] }[],
): Worksheet {
  const keys = new Set(rows.map((row) => row.key));
  const successor = new Map<string, string>();
  for (const row of rows)
    for (const former of row.formerIds) if (!successor.has(former)) successor.set(former, row.key);
  const entries = noEntries();
  const moved: [string, string, Entry][] = [];
  for (const [key, entry] of Object.entries(worksheet.entries)) {
    const to = keys.has(key) ? undefined : successor.get(key);
    if (to === undefined) entries[key] = entry;
    else moved.push([key, to, entry]);
  }
  for (const [key, to, entry] of moved) {
    if (Object.hasOwn(entries, to)) entries[key] = entry;
    else entries[to] = { ...entry, from: entry.from ?? key };
  }
  return { ...worksheet, entries };
}

/** The worksheet as a file of the current format, last saved on a page of `frameworkVersion`. */
export function serialiseWorksheet(worksheet: Worksheet, frameworkVersion?: string): string {
  const saved: Worksheet = { ...worksheet, version: VERSION };
  if (frameworkVersion !== undefined) saved.frameworkVersion = frameworkVersion;
  return `${JSON.stringify(saved, null, 2)}\n`;
}

/** The entry a reader wrote or marked while reading `version` (undefined when the framework names none). */
export function writtenEntry(
  notes: string,
  seen: ScaleValue | undefined,
  version: string | undefined,
): Entry {
  return { notes, seen, ...(version === undefined ? {} : { version }) };
}

/** Whether an entry holds anything worth keeping. */
export function isBlank(entry: Entry | undefined): boolean {
  return !entry || (entry.notes.trim() === '' && entry.seen === undefined);
}

/** The worksheet with one entry set (or removed, when blank). */
export function withEntry(worksheet: Worksheet, key: string, entry: Entry): Worksheet {
  const entries = noEntries();
  for (const [other, kept] of Object.entries(worksheet.entries)) if (other !== key) entries[other] = kept;
  if (!isBlank(entry)) entries[key] = entry;
  return { ...worksheet, entries };
}

/** Entries whose item is no longer on the worksheet's page: kept, and shown apart. */
export function orphansOf(worksheet: Worksheet, keys: ReadonlySet<string>): [string, Entry][] {
  return Object.entries(worksheet.entries).filter(([key, entry]) => !keys.has(key) && !isBlank(entry));
}

/** One row of the worksheet, as the export needs it. */
export interface WorksheetRow {
  key: string;
  ref: string;
  cited: Cited;
}

function entryLines(head: string, entry: Entry, scale: readonly ScalePoint[]): string[] {
  const seen = entry.seen && (scale.find(({ value }) => value === entry.seen)?.label ?? entry.seen);
  // A citation's sub-points follow its first line, nested under the entry.
  const [first = '', ...points] = head.split('\n');
  const lines = [
    `- ${first}${seen ? `: ${seen.toLowerCase()}` : ''}`,
    ...points.map((point) => `  ${point}`),
  ];
  // Each line written is its own paragraph of the item: a renderer joins lines that are not apart.
  for (const line of entry.notes.split(/\r?\n/)) if (line.trim() !== '') lines.push('', `  ${line.trim()}`);
  return lines;
}

/**
 * The worksheet as Markdown to paste into a promotion document: the framework's version under its
 * title, each item's citation (of that version), the point on the scale, then the reader's notes;
 * items without notes or a mark are left out.
 */
export function worksheetMarkdown(
  worksheet: Worksheet,
  rows: readonly WorksheetRow[],
  title: string,
  scale: readonly ScalePoint[] = defaultScale,
  version?: string,
): string {
  const written = rows.filter((row) => !isBlank(entryOf(worksheet, row.key)));
  const lines = [
    `# ${title}`,
    '',
    ...(version === undefined ? [] : [worksheetWords.frameworkVersion(version), '']),
  ];
  for (const row of written) {
    const entry = entryOf(worksheet, row.key);
    const cited = version === undefined ? row.cited : { ...row.cited, version };
    if (entry) lines.push(...entryLines(`${row.ref} ${citationMarkdown(cited)}`, entry, scale));
  }
  const orphans = orphansOf(worksheet, new Set(rows.map((row) => row.key)));
  if (orphans.length > 0) {
    lines.push('', `## ${worksheetWords.orphans}`, '');
    for (const [key, entry] of orphans) lines.push(...entryLines(`#${key}`, entry, scale));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
