/**
 * A promotion case: the items a reader picked while reading, their evidence (notes) and marks, and who
 * and what it is for (the person, the level sought, the date, the framework's version). It is also the
 * rubric's worksheet: each level's part holds exactly a worksheet's entries (src/client/worksheet.ts),
 * so a note written on the rubric is the case's, and back. Kept in the reader's browser only
 * (src/client/case-store.ts); exported as a file of this format, which calibration reads. Pure.
 *
 *   { "format": "handbook-case", "version": 1, "id": "…", "name": "Promotion case", "person": "Ada",
 *     "level": "5", "date": "2026-11-30", "frameworkVersion": "2026.1",
 *     "levels": { "4": { "picked": ["anticipates-product-needs"], "entries": { "anticipates-product-needs":
 *       { "notes": "…", "seen": "consistently", "version": "2026.1" } } } } }
 */
import { caseWords } from './words/case';
import {
  WORKSHEET_FORMAT,
  emptyWorksheet,
  entryOf,
  isBlank,
  parseWorksheet,
  withEntry,
  type Entry,
  type Worksheet,
} from './worksheet';
import { importPlan, mergeWorksheets, type ImportPlan } from './worksheet-import';

export const CASE_FORMAT = 'handbook-case';
const CASE_VERSION = 1;

/** What a case holds for one level: the items picked, in the order picked, and every note and mark. */
export interface LevelPart {
  /** Item ids (or a section's anchor, for a mindset shift), each once. */
  picked: string[];
  /** As a worksheet's: by item id; read one with `entryOf`. */
  entries: Record<string, Entry>;
}

export interface Case {
  format: typeof CASE_FORMAT;
  version: typeof CASE_VERSION;
  /** This browser's id for it; a file's is kept, and a clash is resolved on import. */
  id: string;
  /** What the reader calls it in the list of cases. */
  name: string;
  /** Whose case it is; may be empty. */
  person: string;
  /** The level sought (its id); empty when not chosen. */
  level: string;
  /** The case's date, `YYYY-MM-DD`; may be empty. */
  date: string;
  /** The framework's version of the page it was last saved on; undefined when unknown or unversioned. */
  frameworkVersion?: string | undefined;
  /** By level id; read one with `partOf`. */
  levels: Record<string, LevelPart>;
}

/** A map without a prototype: a content id such as `constructor` or `__proto__` is a key like any other. */
function noKeys<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

const own = <T>(record: Record<string, T>, key: string): T | undefined =>
  Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

export function newCase({
  id,
  name,
  date,
  level = '',
}: {
  id: string;
  name: string;
  date: string;
  level?: string;
}): Case {
  return { format: CASE_FORMAT, version: CASE_VERSION, id, name, person: '', level, date, levels: noKeys() };
}

/** What the case holds for `level`: nothing picked and no notes when it holds nothing. */
export function partOf(c: Case, level: string): LevelPart {
  return own(c.levels, level) ?? { picked: [], entries: noKeys() };
}

/** The case with `level`'s part replaced; a part left empty is dropped. */
function withPart(c: Case, level: string, part: LevelPart): Case {
  const levels = noKeys<LevelPart>();
  for (const [id, kept] of Object.entries(c.levels)) if (id !== level) levels[id] = kept;
  if (part.picked.length > 0 || Object.keys(part.entries).length > 0) levels[level] = part;
  return { ...c, levels };
}

export function isPicked(c: Case, level: string, key: string): boolean {
  return partOf(c, level).picked.includes(key);
}

/**
 * The case with the item added (at the end) or taken out. Taking an item out keeps its notes: put back,
 * it has them again, and the rubric still shows them.
 */
export function withPick(c: Case, level: string, key: string, picked: boolean): Case {
  const part = partOf(c, level);
  const others = part.picked.filter((id) => id !== key);
  return withPart(c, level, { ...part, picked: picked ? [...others, key] : others });
}

/** How many items the case holds, over every level. */
export function pickedCount(c: Case): number {
  return Object.values(c.levels).reduce((sum, part) => sum + part.picked.length, 0);
}

/** The levels the case picked items of, in the order given (the handbook's). */
export function pickedLevels(c: Case, order: readonly string[]): string[] {
  const levels = Object.keys(c.levels).filter((level) => partOf(c, level).picked.length > 0);
  const rank = (level: string) => (order.includes(level) ? order.indexOf(level) : order.length);
  return levels.sort((a, b) => rank(a) - rank(b));
}

/** The case's notes and marks for `level`, as the rubric's worksheet. */
export function worksheetOf(c: Case, level: string): Worksheet {
  return {
    ...emptyWorksheet(level),
    ...(c.frameworkVersion === undefined ? {} : { frameworkVersion: c.frameworkVersion }),
    entries: partOf(c, level).entries,
  };
}

/**
 * The case with `level`'s notes and marks replaced by the worksheet's. An item given a note or a mark
 * there that the case did not hold is picked: what a reader writes evidence for is in their case.
 */
export function withWorksheet(c: Case, level: string, worksheet: Worksheet): Case {
  const part = partOf(c, level);
  const entries = noKeys<Entry>();
  for (const [key, entry] of Object.entries(worksheet.entries)) entries[key] = entry;
  const written = Object.keys(entries).filter(
    (key) => !isBlank(entries[key]) && isBlank(own(part.entries, key)) && !part.picked.includes(key),
  );
  return withPart(c, level, { picked: [...part.picked, ...written], entries });
}

/** The case with one note or mark set (or removed, when blank): the rubric's and the case page's edit. */
export function withCaseEntry(c: Case, level: string, key: string, entry: Entry): Case {
  return withWorksheet(c, level, withEntry(worksheetOf(c, level), key, entry));
}

/** The entry for `key` of `level`, if any. */
export function caseEntry(c: Case, level: string, key: string): Entry | undefined {
  return entryOf(worksheetOf(c, level), key);
}

/** Whether the case holds nothing a reader made: no picks, notes, marks, person or level sought. */
export function isEmptyCase(c: Case): boolean {
  return Object.keys(c.levels).length === 0 && c.person.trim() === '' && c.level === '';
}

const text = (value: unknown): value is string => typeof value === 'string';

/** A level part as saved, or undefined when it is not one. */
function readPart(level: string, value: unknown): LevelPart | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { picked, entries } = value as Record<string, unknown>;
  if (!Array.isArray(picked) || !picked.every(text)) return undefined;
  const parsed = parseWorksheet(
    JSON.stringify({ format: WORKSHEET_FORMAT, version: 2, level, entries }),
    level,
  );
  if ('error' in parsed) return undefined;
  return { picked: [...new Set(picked)], entries: parsed.worksheet.entries };
}

/**
 * Reads a saved or exported case, or a rubric worksheet file (of either format: it becomes a case of
 * its level, its written items picked), or says in a few words why it cannot.
 */
export function parseCase(input: string): { case: Case } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(input);
  } catch {
    return { error: caseWords.notJson };
  }
  const record = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  if (record['format'] === WORKSHEET_FORMAT) return caseOfWorksheet(input, record);
  if (record['format'] !== CASE_FORMAT) return { error: caseWords.notCase };
  if (record['version'] !== CASE_VERSION) return { error: caseWords.otherVersion(String(record['version'])) };
  const { id, name, person, level, date, frameworkVersion, levels } = record;
  if (!text(id) || !text(name) || !text(person) || !text(level) || !text(date))
    return { error: caseWords.malformed('') };
  if (frameworkVersion !== undefined && !text(frameworkVersion)) return { error: caseWords.malformed('') };
  if (!levels || typeof levels !== 'object' || Array.isArray(levels))
    return { error: caseWords.malformed('') };
  const parts = noKeys<LevelPart>();
  for (const [id, value] of Object.entries(levels)) {
    const part = readPart(id, value);
    if (!part) return { error: caseWords.malformed(id) };
    parts[id] = part;
  }
  return {
    case: {
      ...newCase({ id, name, date, level }),
      person,
      ...(frameworkVersion === undefined ? {} : { frameworkVersion }),
      levels: parts,
    },
  };
}

/** A worksheet file as a case: its level's notes, every written item picked, named after its level. */
function caseOfWorksheet(input: string, record: Record<string, unknown>): { case: Case } | { error: string } {
  const level = text(record['level']) ? record['level'] : '';
  const parsed = parseWorksheet(input, level);
  if ('error' in parsed) return parsed;
  const { worksheet } = parsed;
  const c = newCase({ id: '', name: caseWords.worksheetName(level), date: '', level });
  const withNotes = withWorksheet(c, level, worksheet);
  return {
    case: {
      ...withNotes,
      ...(worksheet.frameworkVersion === undefined ? {} : { frameworkVersion: worksheet.frameworkVersion }),
    },
  };
}

/** Whether a file says it is a case (not a worksheet, nor anything else). */
export function isCaseFile(input: string): boolean {
  try {
    const data = JSON.parse(input) as unknown;
    return Boolean(
      data && typeof data === 'object' && (data as Record<string, unknown>)['format'] === CASE_FORMAT,
    );
  } catch {
    return false;
  }
}

/** The case as a file, last saved on a page of `frameworkVersion`. */
export function serialiseCase(c: Case, frameworkVersion?: string): string {
  const saved: Case = { ...c, format: CASE_FORMAT, version: CASE_VERSION };
  if (frameworkVersion !== undefined) saved.frameworkVersion = frameworkVersion;
  return `${JSON.stringify(saved, null, 2)}\n`;
}

/** What importing `incoming` over `current` would add, change and leave, over every level. */
export function caseImportPlan(current: Case, incoming: Case): ImportPlan {
  const levels = new Set([...Object.keys(current.levels), ...Object.keys(incoming.levels)]);
  const plan: ImportPlan = { added: [], changed: [], left: [] };
  for (const level of levels) {
    const part = importPlan(worksheetOf(current, level), worksheetOf(incoming, level));
    plan.added.push(...part.added.map((key) => `${level}#${key}`));
    plan.changed.push(...part.changed.map((key) => `${level}#${key}`));
    plan.left.push(...part.left.map((key) => `${level}#${key}`));
  }
  return plan;
}

/**
 * Both cases in one, losing nothing of `current`: its notes, marks, picks, person, level and date
 * stay; the file's notes are added where `current` has none, and its picks after `current`'s.
 */
export function mergeCases(current: Case, incoming: Case): Case {
  let merged = current;
  for (const [level, part] of Object.entries(incoming.levels)) {
    const mine = partOf(merged, level);
    const notes = mergeWorksheets(worksheetOf(merged, level), worksheetOf(incoming, level));
    const picked = [...mine.picked, ...part.picked.filter((key) => !mine.picked.includes(key))];
    merged = withPart(merged, level, { picked, entries: notes.entries });
  }
  const fill = (mine: string, theirs: string) => (mine.trim() === '' ? theirs : mine);
  return {
    ...merged,
    person: fill(merged.person, incoming.person),
    level: fill(merged.level, incoming.level),
    date: fill(merged.date, incoming.date),
  };
}

/** The file's case taken whole, in place of `current`: its id and name stay this browser's. */
export function replaceCase(current: Case, incoming: Case): Case {
  return { ...incoming, id: current.id, name: incoming.name.trim() === '' ? current.name : incoming.name };
}

/** Words for a file name: lower case, letters and digits, joined by hyphens. */
function fileWords(words: string): string {
  return words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The name of the case's files, after the person, the level sought and the date:
 * `ada-lovelace-level-5-2026-11-30.md`. What is unknown is left out; a case naming none of them is
 * named after itself.
 */
export function caseFileName(c: Case, levelTitle: string | undefined, extension: string): string {
  const parts = [c.person, levelTitle ?? c.level, c.date].map(fileWords).filter(Boolean);
  const stem = parts.length > 0 ? parts.join('-') : fileWords(c.name) || caseWords.fileFallback;
  return `${stem.slice(0, 120)}.${extension}`;
}
