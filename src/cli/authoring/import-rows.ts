/**
 * The rows of a spreadsheet import, checked and grouped: `items.csv` (one row per item) into sections,
 * `levels.csv` (one row per level) into levels. Each row is checked with the content schemas
 * (`itemSchema`, `levelSchema`) and against what the framework file declares (competencies, tracks,
 * section kinds, scales); every mistake is reported at its row and column, all of them at once.
 *
 * items.csv columns: level, competency, section (a kind), id, text, subpoints, one per scale, and
 * optionally title and lead (the section's heading and lead-in, on any of its rows); url and version,
 * which `/items.csv` adds, are read past (an item's URL and version follow from where it is).
 * levels.csv columns: id, rank, track, title, role, closing, and optionally introduction.
 */
import type { z } from 'astro/zod';
import { itemSchemaFor, levelIdSchema, levelSchema, type LevelData } from '../../schemas/content';
import { hasItems, type SectionLayout } from '../../schemas/section-kinds';
import { describeIssue, type ContentProblem } from '../../pipeline/problems';
import { listOf } from '../../pipeline/check/report';
import type { CsvRow, CsvTable } from './csv-table';
import type { FrameworkTerms } from './framework-terms';

/** One item as its section file will hold it: the fields `itemSchema` accepted. */
export type ImportedItem = Record<string, unknown> & { id: string; text: string };

export interface ImportedSection {
  level: string;
  /** Its competency; undefined when the framework has one, whose sections need not name it. */
  competency: string | undefined;
  kind: string;
  title: string | undefined;
  lead: string | undefined;
  items: ImportedItem[];
  /** The row of its first item. */
  row: number;
}

export interface ImportedLevel {
  data: LevelData;
  /** The level's introduction: its file's body. */
  introduction: string;
  row: number;
}

export interface ImportPlan {
  levels: ImportedLevel[];
  /** In the order of their first rows. */
  sections: ImportedSection[];
  /** Whether the framework has several competencies: section files then live in competency folders. */
  severalCompetencies: boolean;
}

export interface ImportInput {
  items: CsvTable;
  levels: CsvTable | undefined;
  terms: FrameworkTerms;
  /** The ids of the levels content/ already has files for. */
  existingLevels: readonly string[];
}

const itemColumns = ['level', 'competency', 'section', 'id', 'text', 'subpoints', 'title', 'lead'];
/** The columns `/items.csv` adds that the import reads past (src/site/exports/items-csv.ts). */
const exportOnlyColumns = ['url', 'version'];
const requiredItemColumns = ['level', 'section', 'id', 'text'];
const levelColumns = ['id', 'rank', 'track', 'title', 'role', 'closing', 'introduction'];
const requiredLevelColumns = ['id', 'rank', 'title'];

/** A problem at a cell: `items.csv:<row>:<column> <field> <message>`. */
function problemAt(
  table: CsvTable,
  row: number,
  column: string,
  message: string,
  field = column,
): ContentProblem {
  const index = table.header.indexOf(column);
  return { file: table.file, line: row, column: index + 1 || 1, field, message };
}

/** `file:row:col` of a cell, for a message that points at it. */
const cellOf = (table: CsvTable, row: number, column: string) =>
  `${table.file}:${row}:${table.header.indexOf(column) + 1 || 1}`;

/**
 * Problems with a table's header: columns it lacks, names it does not know, names given twice.
 * `ignored` columns are accepted unsaid: an export's own, which the import reads past.
 */
function headerProblems(
  table: CsvTable,
  known: readonly string[],
  required: readonly string[],
  ignored: readonly string[] = [],
) {
  const problems: ContentProblem[] = [];
  table.header.forEach((name, index) => {
    const at = { file: table.file, line: 1, column: index + 1, field: name };
    if (name === '')
      problems.push({ ...at, field: '', message: 'a column has no name: name it, or delete it' });
    else if (!known.includes(name) && !ignored.includes(name))
      problems.push({ ...at, message: `unknown column "${name}": expected one of ${listOf(known)}` });
    else if (table.header.indexOf(name) !== index)
      problems.push({ ...at, message: `column "${name}" is given twice` });
  });
  const missing = required.filter((name) => !table.header.includes(name));
  if (missing.length > 0) {
    problems.push({
      file: table.file,
      line: 1,
      column: 1,
      field: '',
      message: `the header lacks the column${missing.length > 1 ? 's' : ''} ${listOf(missing)}`,
    });
  }
  return problems;
}

/**
 * A sub-points cell: one sub-point per line of the cell, with a leading list marker ("1." "2)" "-"
 * "•" "*") and blank lines left out.
 */
export function splitSubpoints(cell: string): string[] {
  return cell
    .split(/\r?\n/)
    .map((line) =>
      line
        .trim()
        .replace(/^(?:\d+[.)]|[-•*])\s+/, '')
        .trim(),
    )
    .filter((line) => line !== '');
}

/** The column a schema issue concerns, by the path of the field the cell became. */
function columnOf(path: readonly PropertyKey[], fallback: string): { column: string; field: string } {
  const [first, second] = path;
  if (first === 'attributes' && typeof second === 'string') return { column: second, field: second };
  if (first === 'subpoints' && typeof second === 'number')
    return { column: 'subpoints', field: `subpoints[${second}]` };
  return typeof first === 'string' ? { column: first, field: first } : { column: fallback, field: fallback };
}

/** Each zod issue of `result`, as a problem at the cell it came from. */
function issuesAt(
  table: CsvTable,
  row: number,
  error: z.ZodError,
  data: unknown,
  fallback: string,
): ContentProblem[] {
  return error.issues.map((issue) => {
    const { path, message } = describeIssue(issue, data);
    const { column, field } = columnOf(path, fallback);
    return problemAt(table, row, column, message, field);
  });
}

/** The levels of levels.csv, checked with the level schema and the framework's tracks. */
function readLevels(table: CsvTable, terms: FrameworkTerms) {
  const problems = headerProblems(table, levelColumns, requiredLevelColumns);
  const levels: ImportedLevel[] = [];
  if (requiredLevelColumns.some((name) => !table.header.includes(name))) return { levels, ids: [], problems };
  const seen = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const value = (name: string) => (cells[name] ?? '').trim();
    const candidate: Record<string, unknown> = {};
    for (const name of ['id', 'track', 'title', 'role', 'closing']) {
      if (value(name) !== '') candidate[name] = value(name);
    }
    if (value('rank') !== '')
      candidate['rank'] = /^\d+$/.test(value('rank')) ? Number(value('rank')) : value('rank');
    const result = levelSchema.safeParse(candidate);
    if (!result.success) {
      problems.push(...issuesAt(table, row, result.error, candidate, 'id'));
    }
    const id = value('id');
    const first = seen.get(id);
    if (id !== '' && first !== undefined) {
      problems.push(
        problemAt(table, row, 'id', `level ${id} is already defined at ${cellOf(table, first, 'id')}`),
      );
    } else if (id !== '') seen.set(id, row);
    const track = value('track');
    if (track !== '' && !terms.tracks.includes(track)) {
      problems.push(
        problemAt(
          table,
          row,
          'track',
          `no track "${track}" in the framework (tracks: ${listOf(terms.tracks)})`,
        ),
      );
    }
    if (result.success) levels.push({ data: result.data, introduction: value('introduction'), row });
  }
  return { levels, ids: [...seen.keys()], problems };
}

/** Checks one row of items.csv and adds its item to its section. */
function readItemRow(
  table: CsvTable,
  { row, cells }: CsvRow,
  context: {
    terms: FrameworkTerms;
    levelIds: readonly string[];
    withLevelsCsv: boolean;
    sections: Map<string, ImportedSection>;
    ids: Map<string, number>;
    /** The row that gave each section's title and lead, by `<section key>/<field>`. */
    given: Map<string, number>;
  },
): ContentProblem[] {
  const { terms } = context;
  const problems: ContentProblem[] = [];
  const at = (column: string, message: string, field = column) => {
    problems.push(problemAt(table, row, column, message, field));
  };
  const value = (name: string) => (cells[name] ?? '').trim();

  // Where the item goes: a level, a competency and a section kind the framework has.
  const level = levelIdSchema.safeParse(value('level'));
  if (value('level') === '') at('level', 'is required: the id of the level the item belongs to');
  else if (!level.success)
    at(
      'level',
      `must be a level id: a number such as 4, or kebab-case such as senior-1; found "${value('level')}"`,
    );
  else if (!context.levelIds.includes(level.data)) {
    const hint = context.withLevelsCsv
      ? 'add a row for it to the levels file'
      : 'add its file to content/levels/, or give --levels levels.csv';
    at('level', `no level has id ${level.data} (levels: ${listOf(context.levelIds)}): ${hint}`);
  }
  const several = terms.competencies.length > 1;
  const competency = value('competency');
  if (competency === '' && several) {
    at(
      'competency',
      `is required: the framework lists ${terms.competencies.length} competencies (${listOf(terms.competencies)})`,
    );
  } else if (competency !== '' && !terms.competencies.includes(competency)) {
    at(
      'competency',
      `no competency "${competency}" in the framework (competencies: ${listOf(terms.competencies)})`,
    );
  }
  const kind = terms.kinds.find(({ id }) => id === value('section'));
  if (value('section') === '') at('section', 'is required: the kind of section the item is in');
  else if (!kind)
    at(
      'section',
      `no section kind "${value('section')}" (kinds: ${listOf(terms.kinds.map(({ id }) => id))})`,
    );
  else if (!hasItems(kind.layout as SectionLayout)) {
    at('section', `a "${kind.id}" section is a from → to shift, with no items: write its file by hand`);
  }

  // The item itself, checked with the item schema.
  const item: Record<string, unknown> = { id: value('id'), text: value('text') };
  if (/\n/.test(value('text'))) {
    at(
      'text',
      'is one paragraph, but this cell has several lines: put a list in the subpoints column, one sub-point per line',
    );
  }
  const subpoints = splitSubpoints(cells['subpoints'] ?? '');
  if (subpoints.length > 0) item['subpoints'] = subpoints;
  const attributes = Object.fromEntries(
    terms.scales.flatMap((scale) => (value(scale.id) === '' ? [] : [[scale.id, value(scale.id)]])),
  );
  if (Object.keys(attributes).length > 0) item['attributes'] = attributes;
  const checked = itemSchemaFor(terms.scales).safeParse(item);
  if (!checked.success) problems.push(...issuesAt(table, row, checked.error, item, 'id'));

  // Ids are unique within a level, across its sections and competencies.
  const levelId = level.success ? level.data : value('level');
  const key = `${levelId}#${value('id')}`;
  const first = context.ids.get(key);
  if (first !== undefined && value('id') !== '') {
    at(
      'id',
      `duplicate id "${value('id')}": level ${levelId} already uses it at ${cellOf(table, first, 'id')}`,
    );
  } else context.ids.set(key, row);
  if (problems.length > 0 || !kind || !checked.success) return problems;

  const sectionKey = `${levelId}/${competency}/${kind.id}`;
  const section = context.sections.get(sectionKey) ?? {
    level: levelId,
    competency: several ? competency : undefined,
    kind: kind.id,
    title: undefined,
    lead: undefined,
    items: [],
    row,
  };
  context.sections.set(sectionKey, section);
  for (const field of ['title', 'lead'] as const) {
    const given = value(field);
    if (given === '') continue;
    const where = context.given.get(`${sectionKey}/${field}`);
    if (field === 'lead' && kind.layout !== 'lead-list') {
      at('lead', `only a section with a lead-in has a lead; a "${kind.id}" section has none`);
    } else if (where === undefined) {
      section[field] = given;
      context.given.set(`${sectionKey}/${field}`, row);
    } else if (section[field] !== given) {
      at(
        field,
        `this section's ${field} is "${section[field] ?? ''}" at ${cellOf(table, where, field)}: a section has one ${field}`,
      );
    }
  }
  section.items.push(checked.data as ImportedItem);
  return problems;
}

/** Checks every row of the import and groups the items into sections; a plan only when nothing is wrong. */
export function planImport(input: ImportInput): { plan: ImportPlan | undefined; problems: ContentProblem[] } {
  const { items, terms } = input;
  const scaleColumns = terms.scales.map(({ id }) => id);
  const problems = headerProblems(
    items,
    [...itemColumns, ...scaleColumns],
    requiredItemColumns,
    exportOnlyColumns,
  );
  const levels = input.levels ? readLevels(input.levels, terms) : undefined;
  problems.push(...(levels?.problems ?? []));
  // Without a required column no row can be read; a column too many is only ignored.
  const lacks = (table: CsvTable | undefined, required: readonly string[]) =>
    table !== undefined && required.some((name) => !table.header.includes(name));
  if (lacks(items, requiredItemColumns) || lacks(input.levels, requiredLevelColumns)) {
    return { plan: undefined, problems };
  }

  const sections = new Map<string, ImportedSection>();
  const context = {
    terms,
    levelIds: levels ? levels.ids : input.existingLevels,
    withLevelsCsv: levels !== undefined,
    sections,
    ids: new Map<string, number>(),
    given: new Map<string, number>(),
  };
  for (const row of items.rows) problems.push(...readItemRow(items, row, context));
  if (items.rows.length === 0) {
    problems.push({
      file: items.file,
      line: 1,
      column: 1,
      field: '',
      message: 'has no rows under its header: nothing to import',
    });
  }
  for (const section of sections.values()) {
    const layout = terms.kinds.find(({ id }) => id === section.kind)?.layout;
    if (layout === 'lead-list' && section.lead === undefined) {
      const column = items.header.includes('lead') ? 'lead' : 'section';
      problems.push(
        problemAt(
          items,
          section.row,
          column,
          `a "${section.kind}" section opens with a lead-in sentence: give it in a "lead" column, on any of its rows`,
          'lead',
        ),
      );
    }
  }
  if (problems.length > 0) return { plan: undefined, problems };
  return {
    plan: {
      levels: levels?.levels ?? [],
      sections: [...sections.values()],
      severalCompetencies: terms.competencies.length > 1,
    },
    problems,
  };
}
