/**
 * A level as a rubric: a projection of the model for calibration meetings and self-review. Behaviors,
 * success indicators, habits and signals are what evidence is gathered against; the mindset shift,
 * struggles, questions and feedback prompts are prompts for reflection; the focus summary heads it.
 * Every item gets a short reference a meeting can say aloud ("KB-2"), numbered by kind across the
 * level, and keeps its canonical URL.
 */
import type { SectionKind } from '../schemas/content';
import type { Competency, Handbook, Item, Level, Section } from '../pipeline/model/model';

/** What each kind's references start with. */
export const refPrefixes: Record<SectionKind, string> = {
  'key-behaviors': 'KB',
  'common-struggles': 'CS',
  'success-indicators': 'SI',
  'mindset-shift': 'MS',
  'questions-to-ask-yourself': 'Q',
  'build-these-habits': 'H',
  'seek-feedback': 'SF',
  'signals-youre-ready-to-level-up': 'SR',
  'focus-summary': 'FS',
};

/** Kinds whose items are criteria: evidence is gathered against them, on the scale (client/scale.ts). */
export const criterionKinds: readonly SectionKind[] = [
  'key-behaviors',
  'success-indicators',
  'build-these-habits',
  'signals-youre-ready-to-level-up',
];

/** Kinds shown as prompts for reflection, never as criteria. */
export const promptKinds: readonly SectionKind[] = [
  'mindset-shift',
  'common-struggles',
  'questions-to-ask-yourself',
  'seek-feedback',
];

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
  const counters = new Map<SectionKind, number>();
  const rowsOf = (section: Section): RubricRow[] =>
    section.items.map((item) => {
      const n = (counters.get(section.kind) ?? 0) + 1;
      counters.set(section.kind, n);
      return { ref: `${refPrefixes[section.kind]}-${n}`, item };
    });
  const several = handbook.competencies.length > 1;
  const competencies = several ? handbook.competencies : [undefined];
  return competencies
    .map((competency) => {
      const sections = level.sections.filter(
        (section) => !competency || section.competency === competency.id,
      );
      const of = (kinds: readonly SectionKind[]) =>
        sections
          .filter((section) => kinds.includes(section.kind))
          .map((section) => ({ section, rows: rowsOf(section) }));
      return {
        competency,
        focus: sections.filter((section) => section.kind === 'focus-summary').flatMap(rowsOf),
        criteria: of(criterionKinds),
        prompts: of(promptKinds),
      };
    })
    .filter((group) => group.focus.length + group.criteria.length + group.prompts.length > 0);
}

/** Every row of a rubric, in order: for worksheets and exports. */
export function rubricRows(groups: readonly RubricGroup[]): RubricRow[] {
  return groups.flatMap((group) => [
    ...group.focus,
    ...group.criteria.flatMap((section) => section.rows),
    ...group.prompts.flatMap((section) => section.rows),
  ]);
}
