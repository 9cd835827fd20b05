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
const VERSION = 1;

export interface Entry {
  notes: string;
  seen: ScaleValue | undefined;
}

export interface Worksheet {
  format: typeof WORKSHEET_FORMAT;
  version: typeof VERSION;
  /** The level's id: a worksheet belongs to one level. */
  level: string;
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
  const { notes, seen } = value as Record<string, unknown>;
  if (typeof notes !== 'string') return undefined;
  if (seen !== undefined && (typeof seen !== 'string' || seen.trim() === '')) return undefined;
  return { notes, seen };
}

/** Reads a saved or imported worksheet for `level`, or says, in a few words, why it cannot. */
export function parseWorksheet(text: string, level: string): { worksheet: Worksheet } | { error: string } {
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
  if (record['version'] !== VERSION) return { error: worksheetWords.otherVersion(String(record['version'])) };
  if (record['level'] !== level) return { error: worksheetWords.otherLevel(String(record['level'])) };
  const raw = record['entries'];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { error: worksheetWords.noNotes };
  const entries = noEntries();
  for (const [key, value] of Object.entries(raw)) {
    const entry = readEntry(value);
    if (!entry) return { error: worksheetWords.malformed(key) };
    entries[key] = entry;
  }
  return { worksheet: { ...emptyWorksheet(level), entries } };
}

export function serialiseWorksheet(worksheet: Worksheet): string {
  return `${JSON.stringify(worksheet, null, 2)}\n`;
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
  const notes = entry.notes.trim();
  if (notes) lines.push(...notes.split('\n').map((line) => (line.trim() ? `  ${line.trimEnd()}` : '')));
  return lines;
}

/**
 * The worksheet as Markdown to paste into a promotion document: each item's citation, the point on
 * the scale, then the reader's notes; items without notes or a mark are left out.
 */
export function worksheetMarkdown(
  worksheet: Worksheet,
  rows: readonly WorksheetRow[],
  title: string,
  scale: readonly ScalePoint[] = defaultScale,
): string {
  const written = rows.filter((row) => !isBlank(entryOf(worksheet, row.key)));
  const lines = [`# ${title}`, ''];
  for (const row of written) {
    const entry = entryOf(worksheet, row.key);
    if (entry) lines.push(...entryLines(`${row.ref} ${citationMarkdown(row.cited)}`, entry, scale));
  }
  const orphans = orphansOf(worksheet, new Set(rows.map((row) => row.key)));
  if (orphans.length > 0) {
    lines.push('', `## ${worksheetWords.orphans}`, '');
    for (const [key, entry] of orphans) lines.push(...entryLines(`#${key}`, entry, scale));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
