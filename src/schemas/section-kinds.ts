/**
 * The section kinds, in one table: everything the handbook decides by a section's kind. Its rows are
 * in the order sections have in a level; each says what the section is called when its file gives no
 * title, how it is drawn, what its items are in the level's rubric, how their rubric references start
 * and how much they weigh in search. The schemas derive their kinds from it, the model copies each
 * section's row onto the section, and pages read the model: nothing else names a kind.
 *
 * Plain data, no zod, so every stage may read it. Code shipped to readers does not: search reads each
 * item's weight from the page (see `itemTitle` in `src/client/item-title.ts`).
 */

/**
 * How a section is drawn, which also decides the fields its file has (`src/schemas/content.ts`):
 * - `list`: a plain list of items;
 * - `lead-list`: a lead-in sentence (`lead`) and the list it completes;
 * - `quotations`: items shown as quotations someone could say aloud;
 * - `sequence`: a numbered sequence, in the order written;
 * - `shift`: one change of outlook, from one quotation (`from`) to another (`to`); no items.
 */
export const sectionLayouts = ['list', 'lead-list', 'quotations', 'sequence', 'shift'] as const;
export type SectionLayout = (typeof sectionLayouts)[number];

/**
 * What a section is in a level's rubric (`src/site/rubric.ts`):
 * - `focus`: the summary that heads the rubric (and the level's cell on the home page's overview);
 * - `criterion`: its items are what evidence is gathered against, on the scale;
 * - `prompt`: its items (or its shift) are prompts for reflection, with no scale.
 */
export const rubricRoles = ['focus', 'criterion', 'prompt'] as const;
export type RubricRole = (typeof rubricRoles)[number];

/** One row of the table: a kind and everything decided by it. */
export interface SectionKindSpec {
  /** The `kind` of a section file, and its page's URL slug (`/levels/4/<kind>/`): never renamed once published. */
  kind: string;
  /** The section's heading when its file gives no `title`. */
  title: string;
  /** How the section is drawn, and so which fields its file has. */
  layout: SectionLayout;
  /** What the section is in a level's rubric. */
  rubricRole: RubricRole;
  /** What its items' rubric references start with ("KB" → "KB-1", "KB-2"…); unique across kinds. */
  refPrefix: string;
  /** How much its items weigh in search: among items matching as many query words, the heavier first. */
  searchWeight: number;
}

/**
 * Every kind, in the order of sections within a level. Search weights rank what a level asks of a
 * reader first, then what shows it, then what helps reflect on it; a feedback prompt that merely
 * mentions a word comes last.
 */
export const sectionKindTable = [
  {
    kind: 'key-behaviors',
    title: 'Key Behaviors',
    layout: 'list',
    rubricRole: 'criterion',
    refPrefix: 'KB',
    searchWeight: 9,
  },
  {
    kind: 'common-struggles',
    title: 'Common Struggles',
    layout: 'list',
    rubricRole: 'prompt',
    refPrefix: 'CS',
    searchWeight: 4,
  },
  {
    kind: 'success-indicators',
    title: 'Success Indicators',
    layout: 'lead-list',
    rubricRole: 'criterion',
    refPrefix: 'SI',
    searchWeight: 8,
  },
  {
    kind: 'mindset-shift',
    title: 'Mindset Shift',
    layout: 'shift',
    rubricRole: 'prompt',
    refPrefix: 'MS',
    searchWeight: 3,
  },
  {
    kind: 'questions-to-ask-yourself',
    title: 'Questions to Ask Yourself',
    layout: 'list',
    rubricRole: 'prompt',
    refPrefix: 'Q',
    searchWeight: 2,
  },
  {
    kind: 'build-these-habits',
    title: 'Build These Habits',
    layout: 'sequence',
    rubricRole: 'criterion',
    refPrefix: 'H',
    searchWeight: 6,
  },
  {
    kind: 'seek-feedback',
    title: 'Seek Feedback',
    layout: 'quotations',
    rubricRole: 'prompt',
    refPrefix: 'SF',
    searchWeight: 1,
  },
  {
    kind: 'signals-youre-ready-to-level-up',
    title: "Signals You're Ready to Level Up",
    layout: 'list',
    rubricRole: 'criterion',
    refPrefix: 'SR',
    searchWeight: 7,
  },
  {
    kind: 'focus-summary',
    title: 'Focus Summary',
    layout: 'list',
    rubricRole: 'focus',
    refPrefix: 'FS',
    searchWeight: 5,
  },
] as const satisfies readonly SectionKindSpec[];

type SectionKindRow = (typeof sectionKindTable)[number];

/** A section kind: one of the table's. */
export type SectionKind = SectionKindRow['kind'];

/** Every kind, in the order of sections within a level. */
export const sectionKinds: readonly SectionKind[] = sectionKindTable.map(({ kind }) => kind);

/** Each kind's row of the table. */
export const sectionKindSpecs = Object.fromEntries(sectionKindTable.map((row) => [row.kind, row])) as Record<
  SectionKind,
  SectionKindSpec
>;

/** The kinds of a layout, as literal types (for the schemas). */
type KindLaidOut<L extends SectionLayout> = Extract<SectionKindRow, { layout: L }>['kind'];

/** The kinds drawn with `layout`, in order. */
export function kindsLaidOut<L extends SectionLayout>(layout: L): KindLaidOut<L>[] {
  return sectionKindTable.filter((row) => row.layout === layout).map(({ kind }) => kind) as KindLaidOut<L>[];
}
