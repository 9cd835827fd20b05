/**
 * A level as a rubric: a projection of the model for calibration meetings and self-review. Behaviors,
 * success indicators, habits and signals are what evidence is gathered against; the mindset shift,
 * struggles, questions and feedback prompts are prompts for reflection; the focus summary heads it.
 * What each section is, and how its references start, is its kind's (`src/schemas/section-kinds.ts`),
 * carried by the model's sections. Every item gets a short reference a meeting can say aloud ("KB-2"),
 * numbered by kind across the level, and keeps its canonical URL.
 */
import type { RubricRole } from '../schemas/section-kinds';
import type { Competency, Handbook, Item, Level, Section } from '../pipeline/model/model';
import { scale as defaultScale, scaleOf, type ScalePoint } from '../client/scale';
import { ui } from '../client/ui-words';

export interface RubricRow {
  /** "KB-2": unique within the level. */
  ref: string;
  item: Item;
}

export interface RubricSection {
  section: Section;
  rows: RubricRow[];
}

export interface RubricGroup {
  /** The competency, when the framework has several; undefined for one. */
  competency: Competency | undefined;
  focus: RubricRow[];
  criteria: RubricSection[];
  prompts: RubricSection[];
}

/** The rubric of a level: one group per competency (one group when there is one competency). */
export function rubricOf(handbook: Handbook, level: Level): RubricGroup[] {
  const counters = new Map<string, number>();
  const rowsOf = (section: Section): RubricRow[] =>
    section.items.map((item) => {
      const n = (counters.get(section.kind) ?? 0) + 1;
      counters.set(section.kind, n);
      return { ref: `${section.refPrefix}-${n}`, item };
    });
  const competencies = handbook.severalCompetencies ? handbook.competencies : [undefined];
  return competencies
    .map((competency) => {
      const sections = level.sections.filter(
        (section) => !competency || section.competency === competency.id,
      );
      const of = (role: RubricRole) => sections.filter((section) => section.rubricRole === role);
      return {
        competency,
        focus: of('focus').flatMap(rowsOf),
        criteria: of('criterion').map((section) => ({ section, rows: rowsOf(section) })),
        prompts: of('prompt').map((section) => ({ section, rows: rowsOf(section) })),
      };
    })
    .filter((group) => group.focus.length + group.criteria.length + group.prompts.length > 0);
}

/** What a rubric's criteria are marked on: its column's heading, each row's legend and the points. */
export interface RubricScale {
  heading: string;
  legend: (ref: string) => string;
  points: readonly ScalePoint[];
}

/** The framework's scale for assessment when it declares one, else the default descriptive scale. */
export function rubricScaleOf(handbook: Pick<Handbook, 'rubricScale'>): RubricScale {
  const own = handbook.rubricScale;
  if (!own) return { heading: ui.rubric.seen, legend: ui.rubric.seenFor, points: defaultScale };
  return {
    heading: own.title,
    legend: (ref) => ui.rubric.scaleFor(own.title, ref),
    points: scaleOf(own.values),
  };
}

/** Every row of a rubric, in order: for worksheets and exports. */
export function rubricRows(groups: readonly RubricGroup[]): RubricRow[] {
  return groups.flatMap((group) => [
    ...group.focus,
    ...group.criteria.flatMap((section) => section.rows),
    ...group.prompts.flatMap((section) => section.rows),
  ]);
}

/** Each level's references by item id, computed once per model and level. */
const refsOfModel = new WeakMap<Handbook, Map<string, ReadonlyMap<string, string>>>();

/**
 * An item's reference in its level's rubric ("KB-2"), for the level and section pages, so a reference
 * said aloud from the rubric can be found there; undefined for an item the rubric does not list.
 */
export function rubricRefOf(handbook: Handbook, item: Pick<Item, 'id' | 'level'>): string | undefined {
  let levels = refsOfModel.get(handbook);
  if (!levels) refsOfModel.set(handbook, (levels = new Map()));
  let refs = levels.get(item.level);
  if (!refs) {
    const level = handbook.levels.find((candidate) => candidate.id === item.level);
    refs = new Map(level ? rubricRows(rubricOf(handbook, level)).map(({ ref, item }) => [item.id, ref]) : []);
    levels.set(item.level, refs);
  }
  return refs.get(item.id);
}

/**
 * The id of the box for notes on an item or section (its id or anchor) on the rubric, which its
 * visible label points at. Ids are kebab-case, single hyphens, so `notes--` names nothing else.
 */
export function notesId(key: string): string {
  return `notes--${key}`;
}
