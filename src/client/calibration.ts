/**
 * Calibration: several people's exported cases (src/client/case.ts), read side by side against the
 * case index (src/client/case-index.ts). For each level any case holds something of, every rubric row
 * with each person's mark and evidence, how many have evidence and how the marks spread; notes kept
 * under ids the framework no longer has are listed apart, never dropped. Pure: the page script
 * (src/client/calibrate-page.ts) reads the files and draws what this returns.
 */
import { levelOf, rowOf, type CaseIndex, type IndexRow } from './case-index';
import { parseCase, type Case, type LevelPart } from './case';
import { caseWords } from './words/case';
import { calibrateWords } from './words/calibrate';
import { isBlank, type Entry } from './worksheet';

/** One loaded file: one person's case. */
export interface Person {
  /** This page's id for the file, to remove it by. */
  id: string;
  /** The file's name, as the reader's system gave it. */
  file: string;
  case: Case;
}

/** A file that could not be read, and why, in a few words. */
export interface Unreadable {
  file: string;
  reason: string;
}

/** Reads one file as a person's case, or says why it cannot. */
export function readCaseFile(id: string, file: string, text: string): { person: Person } | Unreadable {
  const parsed = parseCase(text);
  if ('error' in parsed) return { file, reason: parsed.error };
  return { person: { id, file, case: parsed.case } };
}

/**
 * Whom a case is: its person, else its name, else the file's name. A rubric worksheet's file has
 * neither (its name is made up from its level), so it is its file's.
 */
export function personName(person: Person): string {
  const c = person.case;
  const worksheet = c.id === '' && c.name === caseWords.worksheetName(c.level);
  return c.person.trim() || (worksheet ? '' : c.name.trim()) || person.file;
}

/** Everyone's names, each told apart by its file's name where two people share one. */
export function namesOf(people: readonly Person[]): string[] {
  const names = people.map(personName);
  return names.map((name, index) =>
    names.indexOf(name) === names.lastIndexOf(name) ? name : `${name} (${people[index]?.file ?? ''})`,
  );
}

/** A note as the paragraphs its writer typed: one per line, blank lines dropped, never joined. */
export function paragraphs(notes: string): string[] {
  return notes
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** What one person has for one row. */
export interface Cell {
  picked: boolean;
  /** The point marked, as its label reads (a value the scale no longer has reads as itself). */
  mark: string | undefined;
  /** The evidence, as paragraphs; empty when none. */
  notes: string[];
}

/** How many marked a row at one point of the scale. */
export interface SpreadPoint {
  label: string;
  count: number;
}

export interface RowView {
  row: IndexRow;
  /** One per person, in the order loaded. */
  cells: Cell[];
  /** How many people have evidence (a note) for it. */
  evidence: number;
  /** The marks, from the scale's top down (values no longer on it after), points no one chose left out. */
  spread: SpreadPoint[];
  /** Whether anyone picked it, marked it or wrote about it. */
  touched: boolean;
}

/** Notes kept under a key the level no longer has. */
export interface FormerView {
  key: string;
  cells: Cell[];
}

export interface LevelView {
  id: string;
  title: string;
  /** The level's page; empty when the handbook no longer has the level. */
  url: string;
  rows: RowView[];
  former: FormerView[];
}

const emptyCell = (): Cell => ({ picked: false, mark: undefined, notes: [] });

const noKeys = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

/** The level's id in today's handbook, for a level id a case was saved under. */
const currentLevel = (index: CaseIndex, id: string) => levelOf(index, id)?.id ?? id;

/**
 * A person's part for `level`: every part of their case saved under that level or one of its former
 * ids, today's id first (its notes win over a former id's for the same item).
 */
function partFor(index: CaseIndex, c: Case, level: string): LevelPart {
  const parts = Object.entries(c.levels)
    .filter(([id]) => currentLevel(index, id) === level)
    .sort(([a], [b]) => Number(b === level) - Number(a === level));
  const entries = noKeys<Entry>();
  const picked: string[] = [];
  for (const [, part] of parts) {
    for (const [key, entry] of Object.entries(part.entries))
      if (!Object.hasOwn(entries, key)) entries[key] = entry;
    for (const key of part.picked) if (!picked.includes(key)) picked.push(key);
  }
  return { picked, entries };
}

/** The label of a scale value, or the value itself when the scale no longer has it. */
function labelOf(index: CaseIndex, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return index.scale.points.find((point) => point.value === value)?.label ?? value;
}

/** The marks of a row's cells, counted from the scale's top down; a value no longer on it after, as itself. */
export function spreadOf(index: CaseIndex, cells: readonly Cell[]): SpreadPoint[] {
  const counts = new Map<string, number>();
  for (const { mark } of cells) if (mark !== undefined) counts.set(mark, (counts.get(mark) ?? 0) + 1);
  // From the scale's top down (a scale is listed from its lowest point): "2 Consistently · 1 Sometimes".
  const order = index.scale.points.map((point) => point.label).reverse();
  const rank = (label: string) => (order.includes(label) ? order.indexOf(label) : order.length);
  return [...counts]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => rank(a.label) - rank(b.label));
}

/** A spread in words: "2 Consistently · 1 Sometimes", or that there are no marks. */
export function spreadText(spread: readonly SpreadPoint[]): string {
  if (spread.length === 0) return calibrateWords.noMarks;
  return spread
    .map(({ count, label }) => calibrateWords.spreadPart(count, label))
    .join(calibrateWords.spreadJoin);
}

/** Whether a case holds anything of a level part: a pick, a note or a mark. */
const holdsAnything = (part: LevelPart) =>
  part.picked.length > 0 || Object.values(part.entries).some((entry) => !isBlank(entry));

/** Every level any of the cases holds something of, in the handbook's order; levels it no longer has last. */
export function levelsOf(index: CaseIndex, people: readonly Person[]): string[] {
  const found = new Set<string>();
  for (const { case: c } of people)
    for (const [id, part] of Object.entries(c.levels))
      if (holdsAnything(part)) found.add(currentLevel(index, id));
  const order = index.levels.map((level) => level.id);
  const known = order.filter((id) => found.has(id));
  return [...known, ...[...found].filter((id) => !order.includes(id)).sort()];
}

/** One level, side by side: every row of it, and the notes kept under keys it no longer has. */
export function levelView(index: CaseIndex, people: readonly Person[], level: string): LevelView {
  const rows = index.rows.filter((row) => row.level === level);
  const cells = new Map(rows.map((row) => [row.key, people.map(emptyCell)]));
  const former = new Map<string, Cell[]>();
  const formerCell = (key: string, person: number): Cell => {
    let kept = former.get(key);
    if (!kept) former.set(key, (kept = people.map(emptyCell)));
    return kept[person] ?? emptyCell();
  };

  people.forEach(({ case: c }, person) => {
    const part = partFor(index, c, level);
    const keys = [...new Set([...part.picked, ...Object.keys(part.entries)])];
    // Keys of today's rows first, so a note under a former id never takes the place of one under the id.
    const current = (key: string) => cells.has(key);
    const taken = new Set<string>();
    for (const key of [...keys.filter(current), ...keys.filter((key) => !current(key))]) {
      const entry = Object.hasOwn(part.entries, key) ? part.entries[key] : undefined;
      const row = rowOf(index, level, key);
      const cell = row && !taken.has(row.key) ? cells.get(row.key)?.[person] : formerCell(key, person);
      if (!cell) continue;
      if (row) taken.add(row.key);
      cell.picked = part.picked.includes(key);
      cell.mark = labelOf(index, entry?.seen);
      cell.notes = paragraphs(entry?.notes ?? '');
    }
  });

  const title = levelOf(index, level)?.title ?? calibrateWords.unknownLevel(level);
  return {
    id: level,
    title,
    url: levelOf(index, level)?.url ?? '',
    rows: rows.map((row) => {
      const rowCells = cells.get(row.key) ?? [];
      return {
        row,
        cells: rowCells,
        evidence: rowCells.filter((cell) => cell.notes.length > 0).length,
        spread: spreadOf(index, rowCells),
        touched: rowCells.some(touched),
      };
    }),
    former: [...former].filter(([, kept]) => kept.some(touched)).map(([key, kept]) => ({ key, cells: kept })),
  };
}

const touched = (cell: Cell) => cell.picked || cell.mark !== undefined || cell.notes.length > 0;

/** Every level the cases hold something of, side by side. */
export function calibrationOf(index: CaseIndex, people: readonly Person[]): LevelView[] {
  return levelsOf(index, people).map((level) => levelView(index, people, level));
}

/** Today as `YYYY-MM-DD`, in the reader's own time zone: the date printed on each level's page. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
